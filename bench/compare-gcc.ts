/**
 * `npm run compare-gcc [files or dirs...]`: run C programs under ciri and as
 * gcc builds them, and report every program whose output or exit status
 * differ. The default set is tests/pass/lang. A program's arguments come from
 * a leading `//@ args: ...` line and its other files from `//@ files: ...`,
 * as in tests/ui.test.ts.
 *
 * gcc compiles with `-std=gnu17 -w -lm` (what ciri aims to match); the native
 * program runs with a 10 s timeout. ciri runs in-process through `run()`.
 * A program that ciri stops (UB, unsupported, compile error) is a difference
 * too, reported with the stop's kind.
 *
 * Also used by tests/gcc-compare.test.ts, which checks a sample in CI.
 * Invariant: never throws for a program that fails to build or run; it
 * becomes a difference with the reason.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../src/index.js';

export interface Comparison {
  readonly file: string;
  /** Undefined when both agree. */
  readonly difference: string | undefined;
}

export function hasGcc(): boolean {
  return spawnSync('gcc', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** The words of a leading `//@ <key>: ...` directive (as in tests/ui.test.ts). */
export function directive(source: string, key: string): string[] {
  for (const line of source.split('\n')) {
    const m = /^\s*\/\/@\s*([\w-]+)\s*:(.*)$/.exec(line);
    if (!m) break;
    if (m[1] === key) return m[2]!.trim() === '' ? [] : m[2]!.trim().split(/\s+/);
  }
  return [];
}

/** Every .c file under the given files and directories, sorted. */
export function collectPrograms(paths: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    if (!existsSync(p)) continue;
    if (statSync(p).isDirectory()) {
      for (const f of readdirSync(p, { recursive: true }) as string[]) {
        // `_name.c`: another file of a multi-file program, not a program of its own.
        if (f.endsWith('.c') && !basename(f).startsWith('_')) out.push(join(p, f));
      }
    } else if (p.endsWith('.c')) {
      out.push(p);
    }
  }
  return out.sort();
}

function firstDifference(a: string, b: string): string {
  const la = a.split('\n'), lb = b.split('\n');
  for (let i = 0; i < Math.max(la.length, lb.length); i++) {
    if (la[i] !== lb[i]) return `line ${i + 1}: gcc ${JSON.stringify(la[i] ?? '<end>')}, ciri ${JSON.stringify(lb[i] ?? '<end>')}`;
  }
  return 'outputs differ';
}

/** Build `file` with gcc, run both ways, and say how they differ (if they do). */
export function compareWithGcc(file: string, workDir: string): Comparison {
  const source = readFileSync(file, 'utf8');
  const args = directive(source, 'args');
  const files = [file, ...directive(source, 'files').map((f) => join(dirname(file), f))];
  const exe = join(workDir, basename(file, '.c'));
  const cc = spawnSync('gcc', ['-std=gnu17', '-w', '-o', exe, ...files, '-lm'], { encoding: 'utf8' });
  if (cc.status !== 0) return { file, difference: `gcc could not build it: ${(cc.stderr ?? '').split('\n')[0]}` };
  // The native build runs in a directory of its own, so the files it makes never land in the tree
  // (ciri's run makes them in its virtual file system).
  const cwd = mkdtempSync(join(workDir, 'cwd-'));
  const native = spawnSync(exe, args, { encoding: 'utf8', timeout: 10_000, input: '', cwd });
  if (native.error || native.status === null) return { file, difference: `the native program did not finish (${native.signal ?? native.error?.message})` };
  const out: Uint8Array[] = [];
  // `//@ short-io: off`: the program checks exact transfer sizes, which Linux gives it here.
  const shortIo = directive(source, 'short-io')[0] !== 'off';
  const result = run({ files, args, shortIo, stdout: (b) => out.push(b.slice()), stderr: () => {}, stdin: () => null });
  const stdout = Buffer.concat(out).toString('utf8');
  const stop = result.stop;
  if (stop.kind !== 'exit') return { file, difference: `ciri stopped it: ${stop.kind}${stop.kind === 'compile-error' ? ` (${stop.errors[0]?.message ?? ''})` : ''}` };
  if (stop.code !== native.status) return { file, difference: `exit status: gcc ${native.status}, ciri ${stop.code}` };
  if (stdout !== native.stdout) return { file, difference: firstDifference(native.stdout, stdout) };
  return { file, difference: undefined };
}

function main(argv: readonly string[]): number {
  if (!hasGcc()) {
    process.stderr.write('compare-gcc: gcc is required and was not found\n');
    return 2;
  }
  const root = join(fileURLToPath(import.meta.url), '..', '..', '..');
  const programs = collectPrograms(argv.length > 0 ? argv : [join(root, 'tests', 'pass', 'lang')]);
  const work = mkdtempSync(join(tmpdir(), 'ciri-compare-'));
  let differ = 0;
  try {
    for (const file of programs) {
      const c = compareWithGcc(file, work);
      if (c.difference !== undefined) {
        differ++;
        process.stdout.write(`DIFFER ${relative(process.cwd(), file)}: ${c.difference}\n`);
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  process.stdout.write(`${programs.length - differ} of ${programs.length} programs behave as the gcc build does\n`);
  return differ === 0 ? 0 : 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`compare-gcc: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  }
}
