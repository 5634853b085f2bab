/**
 * Every program in tests/pass/lang, tests/pass/unix and tests/pass/stdio must
 * behave under ciri exactly as its gcc build does on this machine (the POSIX
 * ones print return values and errno): same stdout, same exit status (bench/compare-gcc.ts,
 * also `npm run compare-gcc`). gcc is required: without it this fails, it
 * does not pass silently.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { collectPrograms, compareWithGcc, hasGcc } from '../bench/compare-gcc.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const programs = collectPrograms(['lang', 'unix', 'stdio'].map((d) => join(ROOT, 'tests', 'pass', d)));
const work = mkdtempSync(join(tmpdir(), 'ciri-gcc-compare-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('tests/pass/{lang,unix,stdio} against gcc', () => {
  it('has gcc to compare with (install gcc: this suite checks ciri against it)', () => {
    expect(hasGcc()).toBe(true);
  });
  it('has programs to compare', () => {
    expect(programs.length).toBeGreaterThan(0);
  });
  for (const file of programs) {
    it(relative(ROOT, file), () => {
      const c = compareWithGcc(file, work);
      expect(c.difference).toBeUndefined();
    });
  }
});
