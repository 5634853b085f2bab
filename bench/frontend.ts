/**
 * The front-end benchmark (issue 3): how long a 20 000-line translation unit
 * takes to go from source to IR (preprocess, parse, sema, lowering), measured
 * in-process with `compile()` so that only the front end is timed.
 *
 * The unit is generated: the headers a real program includes, then groups of
 * ordinary code (a struct with a constructor and accessor, a function with
 * a switch, loops, arithmetic on mixed types, string handling, a function
 * pointer table) repeated with fresh names until the line count is reached.
 *
 * Two figures: the first compile in a fresh process (what `ciri run big.c`
 * pays: nothing is compiled by V8 yet and the heap is small), measured in
 * child processes that run this file with `--cold <file>`; and the warm
 * median of further compiles in one process.
 *
 * Not here: running the program, or timing the shared CLI start-up (module
 * loading is outside both figures).
 * Invariant: the generated unit compiles without errors (checked each run).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile, defaultConfig } from '../src/index.js';
import { SourceMap } from '../src/frontend/source.js';

/** One group of realistic code with names suffixed by `i`; about 60 lines. */
function group(i: number): string {
  return `
struct rec${i} { int id; double weight; char name[16]; struct rec${i} *next; unsigned flags; };

static struct rec${i} *rec${i}_new(int id, const char *name) {
  struct rec${i} *r = malloc(sizeof *r);
  if (!r) return NULL;
  r->id = id;
  r->weight = id * 1.5 + 0.25;
  strncpy(r->name, name, sizeof r->name - 1);
  r->name[sizeof r->name - 1] = '\\0';
  r->next = NULL;
  r->flags = (unsigned)id << 3 | 1u;
  return r;
}

static int classify${i}(int c) {
  switch (c % 7) {
  case 0: return c / 2;
  case 1: case 2: return c * 3 + 1;
  case 3: { int t = c; while (t > 10) t -= 7; return t; }
  case 4: return -c;
  default: return c ^ 0x5a;
  }
}

long sum${i}(const int *v, unsigned long n) {
  long total = 0;
  for (unsigned long k = 0; k < n; k++) {
    if (v[k] < 0) continue;
    total += (long)v[k] * (k + 1);
    if (total > 1000000L) break;
  }
  return total;
}

static double mix${i}(short a, unsigned char b, float c, long long d) {
  double r = a + b * c - (double)d / 3.0;
  r += (a > 0 ? a : -a) % 5;
  return r < 0 ? -r : r;
}

typedef int (*op${i}_fn)(int);
static op${i}_fn table${i}[] = { classify${i}, classify${i} };

int use${i}(int x) {
  struct rec${i} *r = rec${i}_new(x, "item");
  int vals[4] = { x, x + 1, -x, x * 2 };
  long s = sum${i}(vals, 4);
  double m = mix${i}((short)x, (unsigned char)x, 0.5f, s);
  int out = table${i}[x & 1](x) + (int)m;
  if (r) { out += r->id + (int)r->flags; free(r); }
  return out;
}
`;
}

/** A translation unit of at least `lines` lines. */
export function generateTranslationUnit(lines: number): string {
  const parts = ['#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n'];
  let count = 3;
  for (let i = 0; count < lines; i++) {
    const g = group(i);
    parts.push(g);
    count += g.split('\n').length - 1;
  }
  parts.push('\nint main(void) { printf("%d\\n", use0(3)); return 0; }\n');
  return parts.join('');
}

export interface FrontEndTiming {
  readonly lines: number;
  /** Median of the first compile in each of `runs` fresh processes, in seconds. */
  readonly cold: number;
  /** The fastest and slowest of those. */
  readonly coldRange: readonly [number, number];
  /** Median of `runs` compiles in one process after a first one, in seconds. */
  readonly warm: number;
}

/** Seconds one compile of `file` takes; throws if it does not compile. */
function compileOnce(file: string): number {
  const config = defaultConfig({ files: [file] });
  const start = process.hrtime.bigint();
  const result = compile(config, new SourceMap());
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const errors = result.errors.filter((e) => e.severity === 'error');
  if (!result.module || errors.length > 0) throw new Error(`the generated unit does not compile: ${errors[0]?.message ?? 'no module'}`);
  return seconds;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** The first compile of `file` in a fresh node process running this module with `--cold`. */
function coldCompile(file: string): number {
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--cold', file], { encoding: 'utf8' });
  const seconds = Number(r.stdout.trim());
  if (r.status !== 0 || !Number.isFinite(seconds)) {
    throw new Error(`the cold compile failed: ${(r.stderr || r.error?.message || '').trim().split('\n')[0]}`);
  }
  return seconds;
}

/** Time the front end on a generated unit: `runs` fresh processes, then `runs + 1` compiles here. */
export function measureFrontEnd(lines: number, runs: number): FrontEndTiming {
  const dir = mkdtempSync(join(tmpdir(), 'ciri-frontend-'));
  try {
    const source = generateTranslationUnit(lines);
    const file = join(dir, 'unit.c');
    writeFileSync(file, source);
    const cold: number[] = [];
    for (let i = 0; i < runs; i++) cold.push(coldCompile(file));
    compileOnce(file);
    const warm: number[] = [];
    for (let i = 0; i < runs; i++) warm.push(compileOnce(file));
    return {
      lines: source.split('\n').length, cold: median(cold), coldRange: [Math.min(...cold), Math.max(...cold)], warm: median(warm),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// `node dist/bench/frontend.js --cold <file>`: one compile in this fresh process, its seconds on stdout.
if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2] === '--cold' && process.argv[3]) {
  try {
    process.stdout.write(`${compileOnce(process.argv[3])}\n`);
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  }
}
