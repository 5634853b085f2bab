/**
 * `npm run bench`: how much slower a C program runs under ciri than natively.
 *
 * For each bench/*.c (optionally filtered by name): compile it with
 * `gcc -O0`, then run the native binary and `node bin/ciri run` on it
 * alternately N times (interleaved, so a noisy moment hurts both), take the
 * median wall-clock time of each, check that both printed the same thing, and
 * print a table of the times, the ratio and the geometric mean of the ratios.
 * Then time the front end on a generated 20 000-line unit (bench/frontend.ts):
 * the first compile in fresh processes (cold) and later ones in one (warm).
 * Program arguments come from a leading `//@ args: ...` line, as in tests.
 *
 * Not here: building ciri (npm run bench runs tsc first) or the programs
 * themselves (another helper writes them). Invariant: a program that fails to
 * compile, crashes or disagrees with native output becomes a row saying so;
 * the runner itself never throws.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureFrontEnd } from './frontend.js';

/** Size of the generated unit of the front-end benchmark (issue 3: 20 000 lines under a second). */
const FRONT_END_LINES = 20_000;

interface Options {
  runs: number;
  filters: string[];
}

interface Timed {
  seconds: number;
  status: number | null;
  stdout: Buffer;
  stderr: string;
}

type Row =
  | { readonly kind: 'measured'; readonly name: string; readonly native: number | undefined; readonly ciri: number }
  | { readonly kind: 'failed'; readonly name: string; readonly why: string };

const USAGE = 'usage: node dist/bench/run.js [--runs N] [program-name-filter...]';

/** The repository root: the nearest directory above this file whose package.json is ciri's. */
function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    try {
      if ((JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string }).name === 'ciri') return dir;
    } catch { /* keep climbing */ }
    const up = dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
}

function parseOptions(argv: readonly string[]): Options | string {
  const o: Options = { runs: 3, filters: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--runs' || a.startsWith('--runs=')) {
      const value = a === '--runs' ? argv[++i] : a.slice('--runs='.length);
      if (!value || !/^[1-9]\d*$/.test(value)) return `--runs needs a positive integer\n${USAGE}`;
      o.runs = Number(value);
    } else if (a === '--help' || a === '-h') {
      return USAGE;
    } else if (a.startsWith('-')) {
      return `unknown option '${a}'\n${USAGE}`;
    } else {
      o.filters.push(a);
    }
  }
  return o;
}

/** Program arguments from a leading `//@ args: a b c` line. */
function programArgs(file: string): string[] {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^\s*\/\/@\s*args\s*:(.*)$/.exec(line);
    if (m) return m[1]!.trim() === '' ? [] : m[1]!.trim().split(/\s+/);
    if (!/^\s*\/\/@/.test(line)) break;
  }
  return [];
}

function timed(command: string, args: readonly string[], cwd: string): Timed {
  const start = process.hrtime.bigint();
  const r = spawnSync(command, args, { cwd, maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const stderr = r.error ? r.error.message : (r.stderr?.toString('utf8') ?? '');
  return { seconds, status: r.error ? null : r.status, stdout: r.stdout ?? Buffer.alloc(0), stderr };
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function firstLine(text: string): string {
  return text.split('\n').find((l) => l.trim() !== '')?.trim() ?? '';
}

function hasGcc(): boolean {
  const r = spawnSync('gcc', ['--version'], { stdio: 'ignore' });
  return !r.error && r.status === 0;
}

/** Why the ciri run disagrees with the native one, or undefined if it does not. */
function disagreement(native: Timed | undefined, ciri: Timed): string | undefined {
  if (ciri.status !== (native?.status ?? 0)) return `ciri exited with ${ciri.status ?? 'no status'}: ${firstLine(ciri.stderr)}`;
  if (native && !native.stdout.equals(ciri.stdout)) return 'output differs from the native run';
  return undefined;
}

function measure(root: string, file: string, exe: string | undefined, runs: number): Row {
  const name = basename(file, '.c');
  const args = programArgs(file);
  const nativeTimes: number[] = [];
  const ciriTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const native = exe ? timed(exe, args, root) : undefined;
    const ciri = timed(process.execPath, [join(root, 'bin', 'ciri'), 'run', join('bench', basename(file)), '--', ...args], root);
    const why = disagreement(native, ciri);
    if (why) return { kind: 'failed', name, why };
    if (native) nativeTimes.push(native.seconds);
    ciriTimes.push(ciri.seconds);
  }
  return { kind: 'measured', name, native: exe ? median(nativeTimes) : undefined, ciri: median(ciriTimes) };
}

function compileNative(file: string, out: string): string | undefined {
  const r = spawnSync('gcc', ['-O0', '-w', '-o', out, file, '-lm'], { stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status === 0) return undefined;
  const text = r.stderr?.toString('utf8') ?? r.error?.message ?? '';
  return `gcc failed: ${text.split('\n').find((l) => /error/.test(l))?.trim() ?? firstLine(text)}`;
}

function formatRow(row: Row, width: number): string {
  const name = row.name.padEnd(width);
  if (row.kind === 'failed') return `${name}  ${row.why}`;
  const native = row.native === undefined ? '-' : row.native.toFixed(3);
  const ratio = row.native === undefined || row.native <= 0 ? '-' : `${(row.ciri / row.native).toFixed(1)}x`;
  return `${name}  ${native.padStart(12)}  ${row.ciri.toFixed(3).padStart(10)}  ${ratio.padStart(9)}`;
}

function geometricMean(xs: readonly number[]): number {
  return Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length);
}

function main(argv: readonly string[]): number {
  const options = parseOptions(argv);
  if (typeof options === 'string') {
    process.stderr.write(`${options}\n`);
    return options === USAGE ? 0 : 2;
  }
  const root = repoRoot();
  const benchDir = join(root, 'bench');
  const programs = (existsSync(benchDir) ? readdirSync(benchDir) : [])
    .filter((f) => f.endsWith('.c') && (options.filters.length === 0 || options.filters.some((p) => f.includes(p))))
    .sort().map((f) => join(benchDir, f));
  if (programs.length === 0 && !options.filters.some((p) => 'frontend'.includes(p))) {
    process.stdout.write('no benchmark programs (bench/*.c) match\n');
    return 0;
  }
  const gcc = hasGcc();
  if (!gcc) process.stdout.write('note: gcc was not found, so native times are skipped\n');
  if (!existsSync(join(root, 'dist', 'src', 'cli', 'main.js'))) process.stdout.write('note: dist/ is missing; run `npm run build` first\n');

  const width = Math.max(7, ...programs.map((p) => basename(p, '.c').length));
  if (programs.length > 0) process.stdout.write(`${'program'.padEnd(width)}  ${'gcc -O0 (s)'.padStart(12)}  ${'ciri (s)'.padStart(10)}  ${'ratio'.padStart(9)}\n`);
  const work = mkdtempSync(join(tmpdir(), 'ciri-bench-'));
  const ratios: number[] = [];
  try {
    for (const file of programs) {
      const exe = join(work, basename(file, '.c'));
      const compileError = gcc ? compileNative(file, exe) : undefined;
      const row: Row = compileError
        ? { kind: 'failed', name: basename(file, '.c'), why: compileError }
        : measure(root, file, gcc ? exe : undefined, options.runs);
      if (row.kind === 'measured' && row.native !== undefined && row.native > 0) ratios.push(row.ciri / row.native);
      process.stdout.write(`${formatRow(row, width)}\n`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  if (ratios.length > 0) process.stdout.write(`geometric mean of the ratios (${ratios.length} programs, median of ${options.runs} runs): ${geometricMean(ratios).toFixed(1)}x\n`);
  if (options.filters.length === 0 || options.filters.some((p) => 'frontend'.includes(p))) {
    const t = measureFrontEnd(FRONT_END_LINES, options.runs);
    const [lo, hi] = t.coldRange;
    process.stdout.write(`front end, ${t.lines}-line translation unit, source to IR (target: under 1 s):\n`
      + `  cold (first compile in a fresh process): median ${t.cold.toFixed(2)} s of ${options.runs} processes `
      + `(${lo.toFixed(2)}-${hi.toFixed(2)})\n`
      + `  warm (same process, after a first compile): median ${t.warm.toFixed(2)} s of ${options.runs}\n`);
  }
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`bench: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
}
