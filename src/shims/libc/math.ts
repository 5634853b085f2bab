/**
 * <math.h> (C17 7.12): the common double functions and their float forms,
 * with glibc's error reporting (math_errhandling includes MATH_ERRNO on
 * glibc): a domain error sets EDOM and returns NaN, a pole or overflow error
 * sets ERANGE (C17 7.12.1).
 *
 * The values come from JS's Math, which V8 computes with fdlibm: exact
 * functions (sqrt, floor, fmod, ...) match glibc bit for bit, the
 * transcendental ones (sin, exp, pow, ...) may differ from glibc's in the
 * last place in rare cases.
 *
 * Not here: long double forms, fenv.h rounding modes, the complex functions.
 * Invariant: a NaN produced by a domain error has the sign glibc gives it
 * (mostly the x86-64 "default NaN" with its sign bit set: printf shows -nan).
 */
import type { ShimDef, ShimMachine, ShimValue } from '../shim.js';
import { asPtr } from '../shim.js';
import { EDOM, ERANGE } from '../errno.js';
import { canon64 } from '../../memory/pointer.js';
import { scaleToDouble } from './strtonum.js';

type Args = ShimValue[];

/** x86-64's default NaN (sign bit set), what SSE returns for an invalid operation. */
const DEFAULT_NAN = (() => {
  const v = new DataView(new ArrayBuffer(8));
  v.setUint32(0, 0xfff80000);
  v.setUint32(4, 0);
  return v.getFloat64(0);
})();

/**
 * A domain error (C17 7.12.1p2). Most glibc functions return the default
 * NaN; asin, acos and log10 build a positive one (`nan`, not `-nan`).
 */
function domain(m: ShimMachine, positive = false): number {
  m.setErrno(EDOM);
  return positive ? NaN : DEFAULT_NAN;
}

/** A pole error or a finite argument whose result overflows (C17 7.12.1p3-4). */
function range(m: ShimMachine, r: number): number {
  m.setErrno(ERANGE);
  return r;
}

/** Overflow of a finite computation: ERANGE; otherwise the value as is. */
function overflowCheck(m: ShimMachine, x: number, r: number): number {
  return Number.isFinite(x) && !Number.isFinite(r) && !Number.isNaN(r) ? range(m, r) : r;
}

type Unary = (m: ShimMachine, x: number) => number;

const UNARY: Record<string, Unary> = {
  sqrt: (m, x) => (x < 0 ? domain(m) : Math.sqrt(x)),
  fabs: (_m, x) => Math.abs(x),
  floor: (_m, x) => Math.floor(x),
  ceil: (_m, x) => Math.ceil(x),
  trunc: (_m, x) => Math.trunc(x),
  round: (_m, x) => roundAway(x),
  rint: (_m, x) => roundEven(x),
  nearbyint: (_m, x) => roundEven(x),
  exp: (m, x) => expLike(m, x, Math.exp(x)),
  exp2: (m, x) => expLike(m, x, 2 ** x),
  expm1: (m, x) => overflowCheck(m, x, Math.expm1(x)),
  log: (m, x) => logLike(m, x, Math.log),
  log2: (m, x) => logLike(m, x, Math.log2),
  log10: (m, x) => (x < 0 ? domain(m, true) : logLike(m, x, Math.log10)),
  log1p: (m, x) => (x < -1 ? domain(m) : x === -1 ? range(m, -Infinity) : Math.log1p(x)),
  sin: (m, x) => (Number.isFinite(x) || Number.isNaN(x) ? Math.sin(x) : domain(m)),
  cos: (m, x) => (Number.isFinite(x) || Number.isNaN(x) ? Math.cos(x) : domain(m)),
  tan: (m, x) => (Number.isFinite(x) || Number.isNaN(x) ? Math.tan(x) : domain(m)),
  asin: (m, x) => (Math.abs(x) > 1 ? domain(m, true) : Math.asin(x)),
  acos: (m, x) => (Math.abs(x) > 1 ? domain(m, true) : Math.acos(x)),
  atan: (_m, x) => Math.atan(x),
  sinh: (m, x) => overflowCheck(m, x, Math.sinh(x)),
  cosh: (m, x) => overflowCheck(m, x, Math.cosh(x)),
  tanh: (_m, x) => Math.tanh(x),
  asinh: (_m, x) => Math.asinh(x),
  acosh: (m, x) => (x < 1 ? domain(m) : Math.acosh(x)),
  atanh: (m, x) => (Math.abs(x) > 1 ? domain(m) : Math.abs(x) === 1 ? range(m, x * Infinity) : Math.atanh(x)),
  cbrt: (_m, x) => Math.cbrt(x),
};

/** C17 7.12.9.6: halfway cases away from zero (x - trunc(x) is exact). */
function roundAway(x: number): number {
  const t = Math.trunc(x);
  return Math.abs(x - t) >= 0.5 ? t + Math.sign(x) : t;
}

/** The default rounding mode: to nearest, halfway cases to even (C17 7.12.9.4 rint). */
function roundEven(x: number): number {
  const f = Math.floor(x);
  const d = x - f;
  if (!Number.isFinite(x)) return x;
  const r = d > 0.5 || (d === 0.5 && f % 2 !== 0) ? f + 1 : f;
  return r === 0 && (x < 0 || Object.is(x, -0)) ? -0 : r;
}

function expLike(m: ShimMachine, x: number, r: number): number {
  if (Number.isFinite(x) && (!Number.isFinite(r) || (r === 0 && x !== -Infinity))) return range(m, r);
  return r;
}

/** log of a negative is a domain error, of zero a pole error (-inf, ERANGE). */
function logLike(m: ShimMachine, x: number, f: (x: number) => number): number {
  if (x < 0) return domain(m);
  if (x === 0) return range(m, -Infinity);
  return f(x);
}

/** C17 7.12.7.4 with Annex F.10.4.4's special cases where JS differs (pow(1, NaN) = 1, pow(-1, ±inf) = 1). */
function pow(m: ShimMachine, x: number, y: number): number {
  if (x === 1 || y === 0) return 1;
  if (x === -1 && !Number.isFinite(y) && !Number.isNaN(y)) return 1;
  if (Number.isFinite(x) && x < 0 && Number.isFinite(y) && !Number.isInteger(y)) return domain(m);
  const r = x ** y;
  if (x === 0 && y < 0) return range(m, r);
  if (Number.isFinite(x) && Number.isFinite(y) && (!Number.isFinite(r) || (r === 0 && x !== 0))) return range(m, r);
  return r;
}

/** C17 7.12.10.1: fmod(x, 0) and fmod(inf, y) are domain errors; JS % is exactly fmod otherwise. */
function fmod(m: ShimMachine, x: number, y: number): number {
  if (!Number.isNaN(x) && !Number.isNaN(y) && (y === 0 || !Number.isFinite(x))) return domain(m);
  return x % y;
}

const BINARY: Record<string, (m: ShimMachine, x: number, y: number) => number> = {
  pow,
  fmod,
  atan2: (_m, y, x) => Math.atan2(y, x),
  hypot: (m, x, y) => {
    const r = Math.hypot(x, y);
    return Number.isFinite(x) && Number.isFinite(y) && !Number.isFinite(r) ? range(m, r) : r;
  },
  fmin: (_m, x, y) => (Number.isNaN(x) ? y : Number.isNaN(y) ? x : Math.min(x, y)),
  fmax: (_m, x, y) => (Number.isNaN(x) ? y : Number.isNaN(y) ? x : Math.max(x, y)),
  fdim: (m, x, y) => (x > y ? overflowCheck(m, x, x - y) : Number.isNaN(x) || Number.isNaN(y) ? x + y : 0),
  copysign: (_m, x, y) => (signBit(y) ? -Math.abs(x) : Math.abs(x)),
};

/** The sign bit, also of -0 and of a NaN. */
function signBit(x: number): boolean {
  const v = new DataView(new ArrayBuffer(8));
  v.setFloat64(0, x);
  return (v.getUint8(0) & 0x80) !== 0;
}

/** C17 7.12.6.6: x * 2^n, rounded once (a subnormal result is not rounded twice). */
export function ldexp(m: ShimMachine, a: Args): number {
  const x = Number(a[0]);
  const n = Number(a[1]);
  if (x === 0 || !Number.isFinite(x)) return x;
  const { mant, exp } = decompose(Math.abs(x));
  const r = Math.sign(x) * scaleToDouble(mant, exp + Math.max(-5000, Math.min(5000, n)));
  return r === 0 || !Number.isFinite(r) ? range(m, r) : r;
}

/** C17 7.12.6.4: x = f * 2^e with 0.5 <= |f| < 1; zero, inf and NaN are returned with e = 0. */
export function frexp(m: ShimMachine, a: Args): number {
  const x = Number(a[0]);
  const out = asPtr(a[1]!);
  m.mem.checkRange(out, 4, 'write');
  if (x === 0 || !Number.isFinite(x)) {
    m.mem.storeScalar(out, 'i32', 0);
    return x;
  }
  const { mant, exp } = decompose(Math.abs(x));
  const e = exp + mant.toString(2).length;
  m.mem.storeScalar(out, 'i32', e);
  return Math.sign(x) * scaleToDouble(mant, exp - e);
}

/** C17 7.12.6.12: the integral part is stored, the fraction (with x's sign) returned. */
export function modf(m: ShimMachine, a: Args): number {
  const x = Number(a[0]);
  const out = asPtr(a[1]!);
  m.mem.checkRange(out, 8, 'write');
  const ip = Number.isFinite(x) ? Math.trunc(x) : x;
  m.mem.storeScalar(out, 'f64', ip);
  if (Number.isNaN(x)) return x;
  const f = Number.isFinite(x) ? x - ip : 0;
  return f === 0 ? (signBit(x) ? -0 : 0) : f;
}

/** |x| = mant * 2^exp for finite nonzero x. */
function decompose(x: number): { mant: bigint; exp: number } {
  const v = new DataView(new ArrayBuffer(8));
  v.setFloat64(0, x);
  const biased = (v.getUint32(0) >>> 20) & 0x7ff;
  const frac = (BigInt(v.getUint32(0) & 0xfffff) << 32n) | BigInt(v.getUint32(4));
  return biased === 0 ? { mant: frac, exp: -1074 } : { mant: frac | (1n << 52n), exp: biased - 1075 };
}

/** lround/llround/lrint: out of range is unspecified; x86-64 gives LONG_MIN (the "integer indefinite"). */
function toLong(m: ShimMachine, r: number): number | bigint {
  if (!(r >= -(2 ** 63) && r < 2 ** 63)) {
    m.setErrno(EDOM);
    return canon64(-(1n << 63n));
  }
  return canon64(BigInt(r));
}

function defs(): ShimDef[] {
  const out: ShimDef[] = [];
  for (const [name, f] of Object.entries(UNARY)) {
    out.push({ name, params: ['f64'], ret: 'f64', handler: (m, a) => f(m, Number(a[0])) });
    out.push({ name: name + 'f', params: ['f32'], ret: 'f32', handler: (m, a) => Math.fround(f(m, Number(a[0]))) });
  }
  for (const [name, f] of Object.entries(BINARY)) {
    out.push({ name, params: ['f64', 'f64'], ret: 'f64', handler: (m, a) => f(m, Number(a[0]), Number(a[1])) });
    out.push({ name: name + 'f', params: ['f32', 'f32'], ret: 'f32', handler: (m, a) => Math.fround(f(m, Number(a[0]), Number(a[1]))) });
  }
  for (const name of ['lround', 'llround']) out.push({ name, params: ['f64'], ret: 'i64', handler: (m, a) => toLong(m, roundAway(Number(a[0]))) });
  for (const name of ['lrint', 'llrint']) out.push({ name, params: ['f64'], ret: 'i64', handler: (m, a) => toLong(m, roundEven(Number(a[0]))) });
  out.push({ name: 'ldexp', params: ['f64', 'i32'], ret: 'f64', handler: ldexp });
  out.push({ name: 'frexp', params: ['f64', 'ptr'], ret: 'f64', handler: frexp });
  out.push({ name: 'modf', params: ['f64', 'ptr'], ret: 'f64', handler: modf });
  return out;
}

export const mathShims: readonly ShimDef[] = defs();
