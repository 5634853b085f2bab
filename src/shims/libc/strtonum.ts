/**
 * The numeric conversion functions of <stdlib.h> (C17 7.22.1): strtol,
 * strtoul, strtoll, strtoull, strtod, atof, with glibc's reading of the
 * subject sequence: leading isspace bytes, an optional sign, the base prefix
 * ("0x" is consumed only when a hex digit follows; otherwise endptr points
 * at the 'x'), saturation with ERANGE, EINVAL for a base outside 0, 2..36.
 *
 * Not here: strtof/strtold (later), locale-specific forms, glibc 2.38's "0b"
 * prefix (the glibc on this platform is 2.36, which does not accept it).
 * Invariant: the whole input string and the endptr slot are checked before
 * anything is stored.
 */
import type { ShimDef, ShimMachine, ShimValue } from '../shim.js';
import { asInt, asPtr } from '../shim.js';
import type { Ptr } from '../../memory/pointer.js';
import { canon64 } from '../../memory/pointer.js';
import { offset, readCString } from '../access.js';
import { EINVAL, ERANGE } from '../errno.js';

type Args = ShimValue[];

/** C locale isspace (C17 7.4.1.10). */
export function isSpaceByte(b: number): boolean {
  return b === 0x20 || (b >= 0x09 && b <= 0x0d);
}

/** Value of an alphanumeric digit, or 99 for anything else. */
function digitValue(b: number): number {
  if (b >= 0x30 && b <= 0x39) return b - 0x30;
  if (b >= 0x61 && b <= 0x7a) return b - 0x61 + 10;
  if (b >= 0x41 && b <= 0x5a) return b - 0x41 + 10;
  return 99;
}

/** A parsed integer subject sequence: the exact value (magnitude capped past 2^64), and where it ended. */
export interface ParsedInteger {
  /** Signed value; exact unless `overflow`. */
  readonly value: bigint;
  /** The magnitude exceeded 2^64 (the value is then only known to be huge). */
  readonly overflow: boolean;
  /** Bytes consumed from the start of the string (0 when there was no number). */
  readonly consumed: number;
}

const CAP = 1n << 65n;

/** Steps of glibc's ____strtol_l_internal over the bytes of the string (base already validated). */
export function parseIntegerBytes(s: Uint8Array, base: number): ParsedInteger {
  let i = 0;
  while (isSpaceByte(s[i] ?? 0)) i++;
  const negative = s[i] === 0x2d;
  if (s[i] === 0x2d || s[i] === 0x2b) i++;
  const prefixed = (base === 0 || base === 16) && s[i] === 0x30 && (s[i + 1] === 0x78 || s[i + 1] === 0x58);
  // 1. The prefix: "0x" only for bases 0 and 16, a leading 0 makes base 0 octal (the 0 is a digit).
  if (prefixed) {
    base = 16;
    i += 2;
  } else if (base === 0) {
    base = s[i] === 0x30 ? 8 : 10;
  }
  // 2. The digits.
  const start = i;
  let mag = 0n;
  const b = BigInt(base);
  while (digitValue(s[i] ?? 0) < base) {
    if (mag < CAP) mag = mag * b + BigInt(digitValue(s[i]!));
    i++;
  }
  // 3. No digits: "0x" alone converts the 0 and ends at the x; anything else converts nothing.
  if (i === start) return { value: 0n, overflow: false, consumed: prefixed ? start - 1 : 0 };
  return { value: negative ? -mag : mag, overflow: mag >= CAP, consumed: i };
}

/** Reads the string at p (checked) and parses it in a valid base. */
export function parseInteger(m: ShimMachine, p: Ptr, base: number): ParsedInteger {
  return parseIntegerBytes(readCString(m, p), base);
}

/** The endptr slot is checked before the conversion acts (CONVENTIONS.md 7). */
function checkEndptr(m: ShimMachine, endptr: Ptr): void {
  if (endptr.addr !== 0) m.mem.checkRange(endptr, 8, 'write');
}

function storeEnd(m: ShimMachine, endptr: Ptr, p: Ptr, consumed: number): void {
  if (endptr.addr !== 0) m.mem.storePtr(endptr, offset(p, consumed));
}

/** C17 7.22.1.4: strtol and friends, saturating with ERANGE; `signed` picks the result range. */
function strtoX(signed: boolean) {
  const max = signed ? (1n << 63n) - 1n : (1n << 64n) - 1n;
  const min = signed ? -(1n << 63n) : -max;
  return (m: ShimMachine, a: Args): number | bigint => {
    const [p, endptr, base] = [asPtr(a[0]!), asPtr(a[1]!), asInt(a[2]!)];
    checkEndptr(m, endptr);
    const s = readCString(m, p);
    if (base < 0 || base === 1 || base > 36) {
      m.setErrno(EINVAL);
      return 0;
    }
    const r = parseIntegerBytes(s, base);
    storeEnd(m, endptr, p, r.consumed);
    if (r.overflow || r.value > max || r.value < min) {
      m.setErrno(ERANGE);
      return canon64(r.value < 0n && signed ? min : max);
    }
    // strtoul: "if the subject sequence begins with a minus sign, the value ... is negated" in the return type.
    return canon64(signed ? r.value : BigInt.asUintN(64, r.value));
  };
}

/** The longest prefix of `s` (from i) matching `word` case-insensitively, as a length, or 0. */
function matchWord(s: Uint8Array, i: number, word: string): number {
  for (let k = 0; k < word.length; k++) if (((s[i + k] ?? 0) | 0x20) !== word.charCodeAt(k)) return 0;
  return word.length;
}

/** A parsed floating subject sequence. */
export interface ParsedFloat {
  readonly value: number;
  readonly consumed: number;
  /** The result overflowed to infinity or underflowed from a nonzero input. */
  readonly range: boolean;
}

/** C17 7.22.1.3 as glibc reads it: inf/infinity, nan[(chars)], hex floats, decimal floats. */
export function parseFloatBytes(s: Uint8Array): ParsedFloat {
  let i = 0;
  while (isSpaceByte(s[i] ?? 0)) i++;
  const sign = s[i] === 0x2d ? -1 : 1;
  if (s[i] === 0x2d || s[i] === 0x2b) i++;
  const inf = matchWord(s, i, 'infinity') || matchWord(s, i, 'inf');
  if (inf) return { value: sign * Infinity, consumed: i + inf, range: false };
  if (matchWord(s, i, 'nan')) return { value: NaN, consumed: nanEnd(s, i + 3), range: false };
  const r = s[i] === 0x30 && ((s[i + 1] ?? 0) | 0x20) === 0x78 ? hexFloat(s, i + 2) : decimalFloat(s, i);
  if (!r) return s[i] === 0x30 ? { value: sign * 0, consumed: i + 1, range: false } : { value: 0, consumed: 0, range: false };
  return { value: sign * r.value, consumed: r.end, range: r.range };
}

/** "nan(n-char-sequence)": the parenthesised part is consumed only when it is closed. */
function nanEnd(s: Uint8Array, i: number): number {
  if (s[i] !== 0x28) return i;
  let k = i + 1;
  while (isAlnum(s[k] ?? 0) || s[k] === 0x5f) k++;
  return s[k] === 0x29 ? k + 1 : i;
}

function isAlnum(b: number): boolean {
  return digitValue(b) < 36;
}

function isDigit(b: number | undefined): boolean {
  return b !== undefined && b >= 0x30 && b <= 0x39;
}

/** digits [. digits] [e [sign] digits]; JS's Number() rounds the decimal correctly. */
function decimalFloat(s: Uint8Array, i: number): { value: number; end: number; range: boolean } | undefined {
  let k = i;
  while (isDigit(s[k])) k++;
  const intDigits = k - i;
  if (s[k] === 0x2e) k++;
  const fracStart = k;
  while (isDigit(s[k])) k++;
  if (intDigits === 0 && k === fracStart) return undefined;
  k = exponentEnd(s, k, 0x65);
  const text = new TextDecoder().decode(s.subarray(i, k));
  const value = Number(text); // JS accepts "1.", ".5" and "1.e5" as C does
  const nonzero = /[1-9]/.test(text.replace(/[eE].*$/, ''));
  return { value, end: k, range: !Number.isFinite(value) || (nonzero && Math.abs(value) < 2.2250738585072014e-308) };
}

/** An exponent part is consumed only when at least one digit follows the marker and sign. */
function exponentEnd(s: Uint8Array, k: number, marker: number): number {
  if (((s[k] ?? 0) | 0x20) !== marker) return k;
  let e = k + 1;
  if (s[e] === 0x2b || s[e] === 0x2d) e++;
  if (!isDigit(s[e])) return k;
  while (isDigit(s[e])) e++;
  return e;
}

/** Hex float after "0x": hexdigits [. hexdigits] [p [sign] digits], rounded half-even to double. */
function hexFloat(s: Uint8Array, i: number): { value: number; end: number; range: boolean } | undefined {
  let k = i;
  let mant = 0n;
  let exp = 0;
  let digits = 0;
  const hex = (b: number | undefined) => b !== undefined && digitValue(b) < 16;
  for (; hex(s[k]); k++, digits++) mant = mant * 16n + BigInt(digitValue(s[k]!));
  if (s[k] === 0x2e) {
    k++;
    for (; hex(s[k]); k++, digits++, exp -= 4) mant = mant * 16n + BigInt(digitValue(s[k]!));
  }
  if (digits === 0) return undefined;
  const end = exponentEnd(s, k, 0x70);
  if (end > k) {
    const e = Number(new TextDecoder().decode(s.subarray(k + 1, end)));
    exp += Math.max(-100000, Math.min(100000, e));
  }
  const value = scaleToDouble(mant, exp);
  // glibc reports ERANGE for overflow and for a tiny result only when it is inexact.
  const tiny = mant !== 0n && Math.abs(value) < 2.2250738585072014e-308;
  const range = !Number.isFinite(value) || (tiny && !isExactDouble(value, mant, exp));
  return { value, end, range };
}

/** mant * 2^exp rounded half-even to the nearest double (subnormals and overflow included). */
export function scaleToDouble(mant: bigint, exp: number): number {
  if (mant === 0n) return 0;
  const bits = mant.toString(2).length;
  const top = bits - 1 + exp;
  if (top > 1023) return Infinity;
  const lsb = Math.max(top - 52, -1074);
  const shift = lsb - exp;
  if (shift <= 0) return Number(mant) * 2 ** exp;
  if (shift > bits + 1) return 0;
  const sh = BigInt(shift);
  let q = mant >> sh;
  const r = mant & ((1n << sh) - 1n);
  const half = 1n << (sh - 1n);
  if (r > half || (r === half && (q & 1n) === 1n)) q += 1n;
  return Number(q) * 2 ** lsb;
}

/** Whether the double v (finite) equals mant * 2^exp exactly. */
function isExactDouble(v: number, mant: bigint, exp: number): boolean {
  if (v === 0) return false;
  // v = k * 2^-1074 for a subnormal or tiny v; compare k * 2^-1074 with mant * 2^exp.
  const k = BigInt(Math.abs(v) * 2 ** 537 * 2 ** 537); // exact: v is below 2^-1022
  const lhsShift = exp + 1074;
  return lhsShift >= 0 ? k === mant << BigInt(lhsShift) : k << BigInt(-lhsShift) === mant;
}

/** C17 7.22.1.3: strtod. */
export function strtod(m: ShimMachine, a: Args): number {
  const [p, endptr] = [asPtr(a[0]!), asPtr(a[1]!)];
  checkEndptr(m, endptr);
  const r = parseFloatBytes(readCString(m, p));
  storeEnd(m, endptr, p, r.consumed);
  if (r.range) m.setErrno(ERANGE);
  return r.value;
}

/** C17 7.22.1.1: atof(s) is strtod(s, NULL) (errno aside). */
export function atof(m: ShimMachine, a: Args): number {
  return parseFloatBytes(readCString(m, asPtr(a[0]!))).value;
}

export const strtolShims: readonly ShimDef[] = [
  { name: 'strtol', params: ['ptr', 'ptr', 'i32'], ret: 'i64', handler: strtoX(true) },
  { name: 'strtoll', params: ['ptr', 'ptr', 'i32'], ret: 'i64', handler: strtoX(true) },
  { name: 'strtoul', params: ['ptr', 'ptr', 'i32'], ret: 'u64', handler: strtoX(false) },
  { name: 'strtoull', params: ['ptr', 'ptr', 'i32'], ret: 'u64', handler: strtoX(false) },
  { name: 'strtod', params: ['ptr', 'ptr'], ret: 'f64', handler: strtod },
  { name: 'atof', params: ['ptr'], ret: 'f64', handler: atof },
];
