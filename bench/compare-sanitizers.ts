/**
 * `npm run compare-sanitizers [files or dirs...]`: what the native tools find
 * in ciri's fail programs, next to what ciri finds (issue 4's closing
 * comparison). The default set is tests/fail (without tests/fail/compile,
 * whose programs do not build).
 *
 * Each program is built twice with gcc: plain (`-O0 -g`), run under
 * `valgrind --leak-check=full --show-leak-kinds=all --errors-for-leak-kinds=all`,
 * and with `-fsanitize=address,undefined -fno-sanitize-recover=all` (ASan,
 * LeakSanitizer and UBSan), run directly. ciri runs it in-process with the
 * program's directives. A tool *catches* the defect when its report names the
 * annotated line (`file.c:LINE` in a sanitizer report or a valgrind stack);
 * it *reports elsewhere* when it reports something, but not there; *crash*
 * when the program dies of a signal with no report of the tool's own; *no*
 * when it says nothing. Programs that end by `abort` by design count as n/a.
 *
 * Output: a markdown table per area and the totals, on stdout
 * (tests/fail/SANITIZERS.md holds a reviewed copy).
 * Invariant: never throws for a program that fails to build or run.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../src/index.js';
import { diagnose } from '../src/diagnostics/messages.js';
import { collectPrograms, directive, hasGcc } from './compare-gcc.js';

type Verdict = 'caught' | 'elsewhere' | 'crash' | 'no' | 'n/a';

interface Row {
  readonly file: string;
  readonly line: number;
  readonly asan: Verdict;
  readonly valgrind: Verdict;
  readonly ciri: Verdict;
}

interface Ran {
  readonly status: number | null;
  readonly signal: string | null;
  readonly output: string;
}

/** Runs `cmd` in `cwd` (a scratch directory: the programs make files, which must not land in the tree). */
function execute(cmd: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<Ran> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'], timeout: 20_000 });
    let output = '';
    child.stdout.on('data', (d: Buffer) => { output += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { output += d.toString(); });
    child.on('error', () => resolve({ status: null, signal: 'error', output }));
    child.on('close', (status, signal) => resolve({ status, signal, output }));
  });
}

/** The line of the first `//~ ERROR` annotation (1-based). */
function annotatedLine(source: string): number {
  const i = source.split('\n').findIndex((l) => l.includes('//~ ERROR'));
  return i + 1;
}

function verdict(ran: Ran, reported: boolean, file: string, line: number): Verdict {
  const at = new RegExp(`${basename(file).replace('.', '\\.')}:${line}\\b`);
  if (reported && at.test(ran.output)) return 'caught';
  if (reported) return 'elsewhere';
  if (ran.signal !== null || (ran.status !== null && ran.status >= 128)) return 'crash';
  return 'no';
}

async function nativeTools(file: string, work: string): Promise<{ asan: Verdict; valgrind: Verdict }> {
  const source = readFileSync(file, 'utf8');
  const line = annotatedLine(source);
  const files = [file, ...directive(source, 'files').map((f) => join(dirname(file), f))];
  const args = directive(source, 'args');
  const stem = join(work, relative(process.cwd(), file).replace(/[/.]/g, '_'));
  const plain = spawnSync('gcc', ['-std=gnu17', '-O0', '-g', '-w', '-o', `${stem}.plain`, ...files, '-lm']);
  const asanBuild = spawnSync('gcc', ['-std=gnu17', '-O0', '-g', '-w', '-fsanitize=address,undefined', '-fno-sanitize-recover=all',
    '-o', `${stem}.asan`, ...files, '-lm']);
  if (plain.status !== 0 || asanBuild.status !== 0) return { asan: 'n/a', valgrind: 'n/a' };
  const [asan, vg] = await Promise.all([
    execute(`${stem}.asan`, args, mkdtempSync(`${stem}-asan-`), { ...process.env, ASAN_OPTIONS: 'detect_leaks=1' }),
    execute('valgrind', ['-q', '--error-exitcode=99', '--leak-check=full', '--show-leak-kinds=all', '--errors-for-leak-kinds=all',
      `${stem}.plain`, ...args], mkdtempSync(`${stem}-valgrind-`)),
  ]);
  const asanReported = /ERROR: (AddressSanitizer|LeakSanitizer)|runtime error:/.test(asan.output);
  const vgReported = vg.status === 99 || /==\d+== (Invalid|Conditional|Use of uninit|Mismatched|Source and destination overlap|.*definitely lost|.*still reachable)/.test(vg.output);
  return { asan: verdict(asan, asanReported, file, line), valgrind: verdict(vg, vgReported, file, line) };
}

function ciriVerdict(file: string): Verdict {
  const source = readFileSync(file, 'utf8');
  const line = annotatedLine(source);
  const files = [file, ...directive(source, 'files').map((f) => join(dirname(file), f))];
  const seed = directive(source, 'seed')[0];
  const result = run({
    files, args: directive(source, 'args'), seed: seed === undefined ? 0 : Number(seed),
    strictProvenance: directive(source, 'strict-provenance')[0] === 'on',
    symbolicAlignment: directive(source, 'symbolic-alignment')[0] === 'on',
    shortIo: directive(source, 'short-io')[0] !== 'off',
    stdout: () => {}, stderr: () => {}, stdin: () => null,
  });
  if (result.stop.kind === 'exit') return 'no';
  const first = diagnose(result.stop, []).find((d) => d.severity === 'error');
  return first?.span?.line === line ? 'caught' : 'elsewhere';
}

async function pool<T, R>(items: readonly T[], width: number, work: (t: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, width) }, worker));
  return out;
}

function table(rows: readonly Row[]): string {
  const byArea = new Map<string, Row[]>();
  for (const r of rows) {
    const area = basename(dirname(r.file));
    byArea.set(area, [...(byArea.get(area) ?? []), r]);
  }
  const count = (rs: readonly Row[], tool: 'asan' | 'valgrind' | 'ciri') => rs.filter((r) => r[tool] === 'caught').length;
  const lines = ['| area | programs | ASan+UBSan | valgrind | ciri |', '| --- | --- | --- | --- | --- |'];
  for (const [area, rs] of [...byArea].sort()) {
    lines.push(`| ${area} | ${rs.length} | ${count(rs, 'asan')} | ${count(rs, 'valgrind')} | ${count(rs, 'ciri')} |`);
  }
  lines.push(`| **total** | **${rows.length}** | **${count(rows, 'asan')}** | **${count(rows, 'valgrind')}** | **${count(rows, 'ciri')}** |`);
  lines.push('', '| verdict | ASan+UBSan | valgrind | ciri |', '| --- | --- | --- | --- |');
  for (const v of ['caught', 'elsewhere', 'crash', 'no', 'n/a'] as const) {
    lines.push(`| ${v} | ${rows.filter((r) => r.asan === v).length} | ${rows.filter((r) => r.valgrind === v).length} | ${rows.filter((r) => r.ciri === v).length} |`);
  }
  lines.push('', '| program | line | ASan+UBSan | valgrind | ciri |', '| --- | --- | --- | --- | --- |');
  for (const r of rows) lines.push(`| ${relative(process.cwd(), r.file)} | ${r.line} | ${r.asan} | ${r.valgrind} | ${r.ciri} |`);
  return lines.join('\n') + '\n';
}

async function main(argv: readonly string[]): Promise<number> {
  if (!hasGcc() || spawnSync('valgrind', ['--version'], { stdio: 'ignore' }).status !== 0) {
    process.stderr.write('compare-sanitizers: gcc and valgrind are required\n');
    return 2;
  }
  const root = join(fileURLToPath(import.meta.url), '..', '..', '..');
  const programs = collectPrograms(argv.length > 0 ? argv : [join(root, 'tests', 'fail')])
    .filter((f) => !f.includes(`${join('tests', 'fail', 'compile')}`));
  const work = mkdtempSync(join(tmpdir(), 'ciri-sanitizers-'));
  try {
    const native = await pool(programs, Math.max(1, Math.floor(availableParallelism() / 2)), (f) => nativeTools(f, work));
    const rows: Row[] = programs.map((file, i) => {
      const source = readFileSync(file, 'utf8');
      const aborts = /ERROR: (abort|assert)/.test(source);
      const n = native[i]!;
      return aborts
        ? { file, line: annotatedLine(source), asan: 'n/a', valgrind: 'n/a', ciri: 'n/a' }
        : { file, line: annotatedLine(source), asan: n.asan, valgrind: n.valgrind, ciri: ciriVerdict(file) };
    });
    process.stdout.write(table(rows));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e: unknown) => {
    process.stderr.write(`compare-sanitizers: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
}
