/**
 * <ctype.h> in the "C" locale (C17 7.4): classification and case mapping.
 *
 * C17 7.4p1: "In all cases the argument is an int, the value of which shall
 * be representable as an unsigned char or shall equal the value of the macro
 * EOF. If the argument has any other value, the behavior is undefined." The
 * classic bug is passing a plain (signed) char holding a byte >= 0x80, so
 * every function checks its argument first (`invalid-argument`).
 *
 * Not here: other locales, the wide-character <wctype.h>.
 * Invariant: bytes 0x80-0xff belong to no class and map to themselves, as in
 * glibc's C locale.
 */
import type { ShimDef, ShimMachine, ShimValue } from '../shim.js';
import { asInt } from '../shim.js';

const EOF = -1;

function isUpper(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

function isLower(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** C17 7.4p1: EOF or a value representable as unsigned char. */
function checkedArg(m: ShimMachine, a: ShimValue[]): number {
  const c = asInt(a[0]!);
  if (c !== EOF && (c < 0 || c > 255)) {
    m.raise({ kind: 'invalid-argument', fn: m.currentShim,
      detail: `the argument ${c} is neither EOF nor representable as unsigned char (C17 7.4p1)` });
  }
  return c;
}

/**
 * C17 7.4.1: "true" is any nonzero value; glibc returns its class bit
 * (isalpha('a') is 1024), and so does ciri, so printed results match.
 */
function classifier(bit: number, test: (c: number) => boolean) {
  return (m: ShimMachine, a: ShimValue[]): number => {
    const c = checkedArg(m, a);
    return c >= 0 && c < 0x80 && test(c) ? bit : 0;
  };
}

// C17 7.4.1.1-7.4.1.11 in the "C" locale, with glibc's class bits (<ctype.h> _ISbit).
export const isalpha = classifier(0x400, (c) => isUpper(c) || isLower(c));
export const isdigit = classifier(0x800, isDigit);
export const isalnum = classifier(0x8, (c) => isUpper(c) || isLower(c) || isDigit(c));
export const isspace = classifier(0x2000, (c) => c === 0x20 || (c >= 0x09 && c <= 0x0d));
export const isupper = classifier(0x100, isUpper);
export const islower = classifier(0x200, isLower);
export const isxdigit = classifier(0x1000, (c) => isDigit(c) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x66));
export const ispunct = classifier(0x4, (c) => c > 0x20 && c < 0x7f && !isUpper(c) && !isLower(c) && !isDigit(c));
export const isprint = classifier(0x4000, (c) => c >= 0x20 && c < 0x7f);
export const isgraph = classifier(0x8000, (c) => c > 0x20 && c < 0x7f);
export const iscntrl = classifier(0x2, (c) => c < 0x20 || c === 0x7f);
export const isblank = classifier(0x1, (c) => c === 0x20 || c === 0x09);

/** C17 7.4.2.2 */
export function toupper(m: ShimMachine, a: ShimValue[]): number {
  const c = checkedArg(m, a);
  return isLower(c) ? c - 32 : c;
}

/** C17 7.4.2.1 */
export function tolower(m: ShimMachine, a: ShimValue[]): number {
  const c = checkedArg(m, a);
  return isUpper(c) ? c + 32 : c;
}

const CLASSIFIERS = { isalpha, isdigit, isalnum, isspace, isupper, islower, isxdigit, ispunct, isprint, isgraph, iscntrl, isblank };

export const ctypeShims: readonly ShimDef[] = [
  ...Object.entries(CLASSIFIERS).map(([name, handler]): ShimDef => ({ name, params: ['i32'], ret: 'i32', handler })),
  { name: 'toupper', params: ['i32'], ret: 'i32', handler: toupper },
  { name: 'tolower', params: ['i32'], ret: 'i32', handler: tolower },
];
