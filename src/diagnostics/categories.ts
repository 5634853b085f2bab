/**
 * The closed list of diagnostic categories: the stable, machine-readable name
 * of what went wrong, printed in JSON reports and matched by `//~ ERROR:`
 * annotations.
 *
 * Deliberately not here: any text. Categories are a contract with CI scripts
 * and other tools, so a name is never renamed once shipped; new stop or UB
 * kinds get a new name instead.
 */

export const CATEGORIES = [
  // Undefined behaviour found while running.
  'out-of-bounds', 'use-after-free', 'double-free', 'invalid-free', 'mismatched-deallocation',
  'uninitialized-read', 'signed-overflow', 'division-by-zero', 'invalid-shift', 'null-dereference',
  'misaligned-access', 'invalid-pointer-arithmetic', 'overlapping-copy', 'write-to-readonly',
  'format-mismatch', 'dangling-pointer', 'invalid-conversion', 'invalid-call', 'missing-return',
  'unreachable', 'invalid-argument', 'invalid-va-arg', 'invalid-vla-size', 'invalid-pointer-subtraction', 'invalid-pointer-comparison', 'noreturn-returned',
  'unsequenced-access',
  // Other ways a run ends badly.
  'memory-leak', 'stack-overflow', 'data-race', 'deadlock', 'partial-munmap', 'unsupported', 'abort',
  'limit', 'signal', 'internal-error',
  // Found before the program runs.
  'syntax-error', 'type-error', 'link-error', 'preprocessor-error',
] as const;

export type Category = (typeof CATEGORIES)[number];

export function isCategory(name: string): name is Category {
  return (CATEGORIES as readonly string[]).includes(name);
}
