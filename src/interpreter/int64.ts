/**
 * 64-bit integer arithmetic on canonical `Int64` values (number when the value
 * is a safe integer, bigint otherwise; see memory/pointer.ts).
 *
 * This is the "exact-number fast path" of DESIGN.md decision 9: sizes,
 * counters and indices stay plain numbers and take one range test per
 * operation; only values beyond 2^53 (hashes, masks, UINT64_MAX) fall back to
 * BigInt. Every result is canonical again, so `===` compares values and
 * `<` works across the two representations.
 *
 * Signed overflow (C17 6.5p5) is reported through the `report` callback (with the
 * site id of the operation), which throws;
 * unsigned arithmetic wraps modulo 2^64 (6.2.5p9).
 */
import { canon64, type Int64 } from '../memory/pointer.js';

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
export const I64_MIN = -(1n << 63n);
export const I64_MAX = (1n << 63n) - 1n;
const TWO64 = 1n << 64n;

export function big(a: Int64): bigint {
  return typeof a === 'bigint' ? a : BigInt(a);
}

/** Reports the overflowing operation; never returns. */
export type OverflowReport = (site: number, op: string, a: Int64, b: Int64 | undefined) => never;

function signedResult(r: bigint, op: string, a: Int64, b: Int64 | undefined, site: number, report: OverflowReport): Int64 {
  if (r < I64_MIN || r > I64_MAX) report(site, op, a, b);
  return canon64(r);
}

export function addI64(a: Int64, b: Int64, site: number, report: OverflowReport): Int64 {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (r >= -MAX_SAFE && r <= MAX_SAFE) return r;
  }
  return signedResult(big(a) + big(b), '+', a, b, site, report);
}

export function subI64(a: Int64, b: Int64, site: number, report: OverflowReport): Int64 {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r >= -MAX_SAFE && r <= MAX_SAFE) return r;
  }
  return signedResult(big(a) - big(b), '-', a, b, site, report);
}

export function mulI64(a: Int64, b: Int64, site: number, report: OverflowReport): Int64 {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    // A correctly rounded product within the safe range is exact.
    if (r >= -MAX_SAFE && r <= MAX_SAFE) return r === 0 ? 0 : r;
  }
  return signedResult(big(a) * big(b), '*', a, b, site, report);
}

/** Division truncates toward zero (6.5.5p6). The caller has checked b != 0. */
export function divI64(a: Int64, b: Int64, site: number, report: OverflowReport): Int64 {
  if (typeof a === 'number' && typeof b === 'number') {
    const q = Math.trunc(a / b);
    return q === 0 ? 0 : q;
  }
  return signedResult(big(a) / big(b), '/', a, b, site, report);
}

export function remI64(a: Int64, b: Int64, site: number, report: OverflowReport): Int64 {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a % b;
    return r === 0 ? 0 : r;
  }
  // INT64_MIN % -1 is undefined as well: the quotient is not representable (6.5.5p6).
  if (big(a) === I64_MIN && big(b) === -1n) report(site, '%', a, b);
  return canon64(big(a) % big(b));
}

export function negI64(a: Int64, site: number, report: OverflowReport): Int64 {
  if (typeof a === 'number') return a === 0 ? 0 : -a;
  return signedResult(-a, '-', a, undefined, site, report);
}

function wrapU(r: bigint): Int64 {
  return canon64(BigInt.asUintN(64, r));
}

export function addU64(a: Int64, b: Int64): Int64 {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (r <= MAX_SAFE) return r;
  }
  return wrapU(big(a) + big(b));
}

export function subU64(a: Int64, b: Int64): Int64 {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r >= 0) return r;
  }
  return wrapU(big(a) - big(b));
}

export function mulU64(a: Int64, b: Int64): Int64 {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (r <= MAX_SAFE) return r;
  }
  return wrapU(big(a) * big(b));
}

export function divU64(a: Int64, b: Int64): Int64 {
  if (typeof a === 'number' && typeof b === 'number') return Math.floor(a / b);
  return canon64(big(a) / big(b));
}

export function remU64(a: Int64, b: Int64): Int64 {
  if (typeof a === 'number' && typeof b === 'number') return a % b;
  return canon64(big(a) % big(b));
}

export function negU64(a: Int64): Int64 {
  return a === 0 ? 0 : wrapU(-big(a));
}

type BitOp = '&' | '|' | '^';

/** Bitwise operations; `signed` chooses how a result with the top bit set is read back. */
export function bitI64(op: BitOp, a: Int64, b: Int64, signed: boolean): Int64 {
  if (typeof a === 'number' && typeof b === 'number' && a >= 0 && b >= 0 && a <= 0x7fffffff && b <= 0x7fffffff) {
    return op === '&' ? a & b : op === '|' ? a | b : a ^ b;
  }
  const x = big(a), y = big(b);
  const r = op === '&' ? x & y : op === '|' ? x | y : x ^ y;
  return canon64(signed ? BigInt.asIntN(64, r) : BigInt.asUintN(64, r));
}

export function notI64(a: Int64, signed: boolean): Int64 {
  const r = ~big(a);
  return canon64(signed ? BigInt.asIntN(64, r) : BigInt.asUintN(64, r));
}

/** `a << n` with 0 <= n < 64 already checked; signed overflow reported (6.5.7p4). */
export function shlI64(a: Int64, n: number, signed: boolean, site: number, report: OverflowReport): Int64 {
  const r = big(a) << BigInt(n);
  if (signed) {
    if (r > I64_MAX) report(site, '<<', a, n);
    return canon64(r);
  }
  return wrapU(r);
}

/** `a >> n` (arithmetic for signed values, as gcc does: implementation-defined, 6.5.7p5). */
export function shrI64(a: Int64, n: number): Int64 {
  if (typeof a === 'number' && n < 32 && a >= -0x80000000 && a <= 0x7fffffff) return a >> n;
  if (typeof a === 'number' && a >= 0) return Math.floor(a / 2 ** n);
  return canon64(big(a) >> BigInt(n));
}

// ---- conversions (6.3.1.3) -------------------------------------------------

export function i64ToU64(a: Int64): Int64 {
  if (typeof a === 'number' && a >= 0) return a;
  return wrapU(big(a));
}

export function u64ToI64(a: Int64): Int64 {
  if (typeof a === 'number') return a;
  return canon64(BigInt.asIntN(64, a));
}

export function toI32(a: Int64): number {
  return typeof a === 'number' ? a | 0 : Number(BigInt.asIntN(32, a));
}

export function toU32(a: Int64): number {
  return typeof a === 'number' ? a >>> 0 : Number(BigInt.asUintN(32, a));
}

/** An integer-valued double already range-checked for the 64-bit target. */
export function fromIntegralDouble(x: number): Int64 {
  return x >= -MAX_SAFE && x <= MAX_SAFE ? (x === 0 ? 0 : x) : canon64(BigInt(x));
}

export function toDouble(a: Int64): number {
  return typeof a === 'number' ? a : Number(a);
}

export { TWO64 };
