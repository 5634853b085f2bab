/**
 * The function behind <assert.h>'s `assert` (C17 7.2.1.1): glibc's macro
 * calls `__assert_fail(expr, file, line, func)` when the expression is
 * false, which prints
 *   <program>: <file>:<line>: <func>: Assertion `<expr>' failed.
 * on stderr and aborts. The program name is argv[0] as ciri gives it (the
 * first source file's basename without `.c`).
 *
 * Not here: NDEBUG (the header handles it), `__assert_perror_fail`.
 * Invariant: the message is written through fd 2 before the abort stop, so it
 * appears in the program's stderr like natively.
 */
import type { ShimDef, ShimMachine, ShimValue } from '../shim.js';
import { asPtr } from '../shim.js';
import { readCStringText, textBytes } from '../access.js';
import { writeAll } from '../files.js';

/** argv[0] as the machine gives it to main. */
export function programName(m: ShimMachine): string {
  const first = m.config.files[0] ?? 'a.out';
  return first.replace(/^.*\//, '').replace(/\.c$/, '');
}

/** glibc assert/assert.c `__assert_fail`. */
export function __assert_fail(m: ShimMachine, a: ShimValue[]): never {
  const expr = readCStringText(m, asPtr(a[0]!));
  const file = readCStringText(m, asPtr(a[1]!));
  const line = Number(a[2]) >>> 0;
  const fn = readCStringText(m, asPtr(a[3]!));
  const message = `${programName(m)}: ${file}:${line}: ${fn}: Assertion \`${expr}' failed.`;
  writeAll(m, 2, textBytes(message + '\n'));
  return m.abort(message);
}

export const assertShims: readonly ShimDef[] = [
  { name: '__assert_fail', params: ['ptr', 'ptr', 'u32', 'ptr'], ret: 'void', handler: __assert_fail },
];
