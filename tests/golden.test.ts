/**
 * Golden files for `ciri ast` and `ciri ir`: for each tests/golden/<name>.c,
 * the typed AST must equal <name>.ast and the IR <name>.ir, byte for byte.
 * CIRI_BLESS=1 (`npm run bless`) rewrites them instead; review the diff.
 *
 * The golden text is what a user sees from `ciri ast`/`ciri ir` (the same
 * `inspect` function the CLI calls), with the file named as the test names it
 * (tests/golden/<name>.c, relative to the repository root, wherever vitest runs).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { inspect, type InspectStage } from '../src/index.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BLESS = process.env['CIRI_BLESS'] === '1';
const DIR = 'tests/golden';

const programs = readdirSync(join(ROOT, DIR)).filter((f) => f.endsWith('.c')).sort();

describe('golden typed AST and IR', () => {
  it('has golden programs to check', () => {
    expect(programs.length).toBeGreaterThanOrEqual(8);
  });
  for (const program of programs) {
    for (const stage of ['ast', 'ir'] as InspectStage[]) {
      it(`${stage} of ${program}`, () => {
        // Named relative to the working directory, shown as relative to the repository root.
        const file = relative(process.cwd(), join(ROOT, DIR, program));
        const result = inspect({ files: [file] }, stage);
        expect(result.errors.filter((e) => e.severity === 'error')).toEqual([]);
        expect(result.text).toBeDefined();
        const text = result.text!.split(file).join(`${DIR}/${program}`);
        const golden = join(ROOT, DIR, program.replace(/\.c$/, `.${stage}`));
        if (BLESS) writeFileSync(golden, text);
        else {
          expect(existsSync(golden), `${golden} is missing: run CIRI_BLESS=1 npx vitest run tests/golden.test.ts`).toBe(true);
          expect(text).toBe(readFileSync(golden, 'utf8'));
        }
      });
    }
  }
});
