import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import type { CliIo } from '../../../src/cli/io.js';

function capture(): { io: Partial<CliIo>; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { stdout: (s) => out.push(s), stderr: (s) => err.push(s), stderrIsTTY: false, env: {} } };
}

const dirs: string[] = [];
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

function program(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'ciri-inspect-'));
  dirs.push(dir);
  const file = join(dir, 'prog.c');
  writeFileSync(file, text);
  return file;
}

describe('ciri ast and ciri ir', () => {
  it('prints the typed AST with the implicit conversion of a char operand', async () => {
    const file = program('int main(void) { char c = 1; return c + 1; }\n');
    const c = capture();
    expect(await main(['ast', file], c.io)).toBe(0);
    const text = c.out.join('');
    expect(text).toContain("function main 'int (void)'");
    expect(text).toMatch(/binary \+ 'int'[^\n]*\n\s+convert implicit 'int'[^\n]*\n\s+load 'char'/);
    expect(c.err).toEqual([]);
  });

  it('prints the IR with a checked addition', async () => {
    const file = program('int f(int a, int b) { return a + b; }\nint main(void) { return f(1, 2) - 3; }\n');
    const c = capture();
    expect(await main(['ir', file], c.io)).toBe(0);
    const text = c.out.join('');
    expect(text).toContain('fn f(_0: i32 "a", _1: i32 "b") -> i32');
    expect(text).toContain('add.i32 _0, _1 [check]');
    expect(text).toMatch(/call f\(const 1, const 2\) -> _\d+, bb1/);
  });

  it('reports compile errors on stderr and exits with 1 without printing anything', async () => {
    const file = program('int main(void) { return x; }\n');
    const c = capture();
    expect(await main(['ir', file], c.io)).toBe(1);
    expect(c.out).toEqual([]);
    expect(c.err.join('')).toContain("error: 'x' undeclared");
  });

  it('takes -D like ciri run does', async () => {
    const file = program('int main(void) { return VALUE; }\n');
    const c = capture();
    expect(await main(['ast', '-D', 'VALUE=42', file], c.io)).toBe(0);
    expect(c.out.join('')).toContain('intConst 42');
  });
});
