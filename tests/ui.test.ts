/**
 * The C program suite (Miri's tests/ui.rs for ciri): one vitest test per
 * C file, discovered when the file is collected.
 *
 * - tests/pass/<area>/<name>.c must run clean: outcome exit, status 0, no
 *   diagnostics; `<name>.stdout`, when present, must equal its stdout.
 * - tests/fail/<area>/<name>.c marks the line where the run must stop with
 *   `//~ ERROR: <text>`: the first error diagnostic must be on that line and
 *   `<category>: <message>` must contain <text>. `<name>.stderr` holds the
 *   expected human report (no colour, addresses normalised); CIRI_BLESS=1
 *   (`npm run bless`) rewrites it instead of comparing.
 * - Optional leading directives: `//@ args: a b c`, `//@ seed: N`, and for a
 *   pass program each warning it must give (as gcc does): `//@ warning: <text>`,
 *   and the other files of a multi-file program: `//@ files: _a.c _b.c` (files
 *   whose name starts with `_` are not tests on their own).
 *
 * Programs run in-process through `run()` with their output captured. The
 * driver is imported lazily so that the runner's own checks work before any
 * C test exists.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { RunOutcome } from '../src/diagnostics/diagnostic.js';
import { located } from '../src/diagnostics/diagnostic.js';
import { diagnose } from '../src/diagnostics/messages.js';
import { renderHuman } from '../src/diagnostics/render-human.js';
import { toReport } from '../src/diagnostics/render-json.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BLESS = process.env['CIRI_BLESS'] === '1';

/** Every .c file under `dir`, sorted, as paths relative to the repository root ('/'-separated). */
function findPrograms(dir: string): string[] {
  const abs = join(ROOT, dir);
  if (!existsSync(abs)) return [];
  return (readdirSync(abs, { recursive: true }) as string[])
    // `_name.c` files are the other files of multi-file tests (`//@ files:`), not tests themselves.
    .filter((f) => f.endsWith('.c') && !f.split(sep).pop()!.startsWith('_'))
    .map((f) => `${dir}/${f.split(sep).join('/')}`)
    .sort();
}

interface Directives {
  args: string[];
  seed: number | undefined;
  /** Warnings a pass program must produce (gcc gives them too), each as a message substring. */
  warnings: string[];
  /** More files of the program, relative to the test's directory (linked after it). */
  files: string[];
  /** Run with --strict-provenance (`//@ strict-provenance: on`). */
  strictProvenance?: boolean;
  /** Run with --symbolic-alignment (`//@ symbolic-alignment: on`). */
  symbolicAlignment?: boolean;
  /** Run with --no-short-io (`//@ short-io: off`): for programs that check exact stream transfer sizes. */
  shortIo?: boolean;
}

/** `//@ key: value` lines at the top of a test file. */
function parseDirectives(source: string): Directives {
  const d: Directives = { args: [], seed: undefined, warnings: [], files: [] };
  for (const line of source.split('\n')) {
    const m = /^\s*\/\/@\s*([\w-]+)\s*:(.*)$/.exec(line);
    if (!m) break;
    const [key, value] = [m[1]!, m[2]!.trim()];
    if (key === 'args') d.args = value === '' ? [] : value.split(/\s+/);
    else if (key === 'seed' && /^\d+$/.test(value)) d.seed = Number(value);
    else if (key === 'warning' && value !== '') d.warnings.push(value);
    else if (key === 'files' && value !== '') d.files.push(...value.split(/\s+/));
    else if (key === 'strict-provenance' && value === 'on') d.strictProvenance = true;
    else if (key === 'symbolic-alignment' && value === 'on') d.symbolicAlignment = true;
    else if (key === 'short-io' && value === 'off') d.shortIo = false;
    else throw new Error(`unknown or malformed directive '//@ ${key}: ${value}'`);
  }
  return d;
}

/** The first `//~ ERROR: <text>` annotation and its 1-based line. */
function expectedError(source: string): { line: number; text: string } | undefined {
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /\/\/~\s*ERROR:\s*(.*?)\s*$/.exec(lines[i]!);
    if (m) return { line: i + 1, text: m[1]! };
  }
  return undefined;
}

/** What changes from seed to seed or machine to machine: addresses and the checkout's path. */
function normalise(report: string): string {
  return report.split(`${ROOT}/`).join('').replace(/0x[0-9a-fA-F]+/g, '0xADDR');
}

interface Captured {
  result: RunOutcome;
  stdout: string;
  stderr: string;
}

type RunFn = (config: Record<string, unknown>) => RunOutcome;
let driver: Promise<RunFn> | undefined;

async function runProgram(file: string): Promise<Captured> {
  driver ??= import('../src/index.js').then((m) => m.run as unknown as RunFn);
  const run = await driver;
  const directives = parseDirectives(readFileSync(join(ROOT, file), 'utf8'));
  const out: Uint8Array[] = [];
  const err: Uint8Array[] = [];
  const result = run({
    // Relative to the working directory so reports name the file as a user would type it.
    files: [file, ...directives.files.map((f) => join(dirname(file), f))].map((f) => relative(process.cwd(), join(ROOT, f))),
    args: directives.args,
    seed: directives.seed ?? 0,
    strictProvenance: directives.strictProvenance ?? false,
    symbolicAlignment: directives.symbolicAlignment ?? false,
    shortIo: directives.shortIo ?? true,
    stdout: (b: Uint8Array) => out.push(b.slice()),
    stderr: (b: Uint8Array) => err.push(b.slice()),
    stdin: () => null,
  });
  const text = (chunks: Uint8Array[]): string => Buffer.concat(chunks).toString('utf8');
  return { result, stdout: text(out), stderr: text(err) };
}

function humanReport(result: RunOutcome): string {
  return normalise(renderHuman(diagnose(result.stop, result.warnings), result.sources));
}

async function checkPass(file: string): Promise<void> {
  const { result, stdout } = await runProgram(file);
  const report = toReport(result);
  const expected = parseDirectives(readFileSync(join(ROOT, file), 'utf8')).warnings;
  expect(result.warnings.map((w) => w.message), `${file} must give exactly the warnings its //@ warning: lines list`)
    .toEqual(expected.map((w) => expect.stringContaining(w)));
  const withoutWarnings = { ...result, warnings: [] };
  expect(humanReport(withoutWarnings), `${file} must run without diagnostics`).toBe('');
  expect({ outcome: report.outcome, exitCode: report.exitCode }).toEqual({ outcome: 'exit', exitCode: 0 });
  const expectedStdout = join(ROOT, file.replace(/\.c$/, '.stdout'));
  if (existsSync(expectedStdout)) expect(stdout).toBe(readFileSync(expectedStdout, 'utf8'));
}

async function checkFail(file: string): Promise<void> {
  const annotation = expectedError(readFileSync(join(ROOT, file), 'utf8'));
  if (!annotation) throw new Error(`${file} has no '//~ ERROR: <text>' annotation on the line where it must stop`);
  const { result } = await runProgram(file);
  const actual = humanReport(result);
  const stderrFile = join(ROOT, file.replace(/\.c$/, '.stderr'));
  if (BLESS) writeFileSync(stderrFile, actual);

  const first = diagnose(result.stop, result.warnings).find((d) => d.severity === 'error');
  expect(first, `${file} must stop with an error, but it ran clean`).toBeDefined();
  const span = located(first!.span);
  const where = span ? `${result.sources.name(span).split(`${ROOT}/`).join('')}:${span.line}` : 'no location';
  expect(`${first!.category}: ${first!.message}`).toContain(annotation.text);
  expect(where, 'the first error must be reported on the annotated line').toBe(`${relative(process.cwd(), join(ROOT, file))}:${annotation.line}`);

  if (!BLESS) {
    if (!existsSync(stderrFile)) {
      throw new Error(`${relative(ROOT, stderrFile)} is missing: run \`npm run bless\` to create it, then review it. The report was:\n${actual}`);
    }
    expect(actual).toBe(readFileSync(stderrFile, 'utf8'));
  }
}

describe('tests/pass', () => {
  for (const file of findPrograms('tests/pass')) it(file, () => checkPass(file));
});

describe('tests/fail', () => {
  for (const file of findPrograms('tests/fail')) it(file, () => checkFail(file));
});

describe('the ui runner', () => {
  it('normalises addresses but keeps allocation ids', () => {
    expect(normalise('read at 0x7f3a10 in alloc12 (heap, 40 bytes)')).toBe('read at 0xADDR in alloc12 (heap, 40 bytes)');
  });

  it('strips the checkout path so reports do not depend on where the repository lives', () => {
    expect(normalise(`  --> ${ROOT}/include/stdlib.h:3:1`)).toBe('  --> include/stdlib.h:3:1');
  });

  it('reads program arguments, the seed and expected warnings from leading directives', () => {
    expect(parseDirectives('//@ args: a bb c\n//@ seed: 7\n//@ warning: implicit\nint main(void) { return 0; }\n'))
      .toEqual({ args: ['a', 'bb', 'c'], seed: 7, warnings: ['implicit'], files: [] });
    expect(parseDirectives('int main(void) { return 0; }\n//@ seed: 7\n')).toEqual({ args: [], seed: undefined, warnings: [], files: [] });
  });

  it('rejects a directive it does not know instead of ignoring it', () => {
    expect(() => parseDirectives('//@ sede: 7\n')).toThrow(/unknown or malformed directive/);
  });

  it('finds the line and text of the //~ ERROR annotation', () => {
    const source = 'int main(void) {\n  int a[2];\n  return a[2]; //~ ERROR: out-of-bounds\n}\n';
    expect(expectedError(source)).toEqual({ line: 3, text: 'out-of-bounds' });
    expect(expectedError('int main(void) { return 0; }\n')).toBeUndefined();
  });

  it('discovers C programs below an area directory and ignores other files', () => {
    for (const file of [...findPrograms('tests/pass'), ...findPrograms('tests/fail')]) {
      expect(file).toMatch(/^tests\/(pass|fail)\/.+\.c$/);
    }
    expect(findPrograms('tests/no-such-directory')).toEqual([]);
  });
});
