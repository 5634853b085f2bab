/**
 * GNU builtins that run: bit counting and byte swapping (`__builtin_clz` and
 * friends, gcc manual "Other Builtins"), `__builtin_trap` (SIGILL, as gcc's
 * `ud2`), `__builtin_unreachable` (reaching it is UB), and ciri's own
 * `__ciri_*` helpers that sema rewrites the type-generic builtins into
 * (src/frontend/sema/gnu-builtins.ts): integer overflow, floating
 * classification, quiet comparisons and the atomic read-modify-write family.
 *
 * `__builtin_clz(0)` and `__builtin_ctz(0)` are undefined per gcc's manual
 * ("If x is 0, the result is undefined"): reported as an invalid argument.
 * Atomics run with one thread: the read and write go through the ordinary
 * checked loads and stores (bounds, alignment, initialization), which is what
 * a sequentially consistent access is when nothing else runs.
 *
 * Invariant: every helper validates the memory it touches through `m.mem`
 * before changing anything.
 */
import type { ScalarKind } from '../../ir/ir.js';
import { canon64, type Ptr } from '../../memory/pointer.js';
import type { ShimDef, ShimMachine, ShimValue, VarArg } from '../shim.js';
import { asInt, asPtr } from '../shim.js';

const S = (name: string, params: ShimDef['params'], ret: ShimDef['ret'], handler: ShimDef['handler'], variadic = false): ShimDef =>
  ({ name, params, ret, handler, variadic });

/** An integer argument of `bits` width as an unsigned bigint. */
function bits(v: ShimValue, width: number): bigint {
  if (typeof v === 'object') throw new TypeError('integer expected');
  return BigInt.asUintN(width, BigInt(v));
}

function nonZero(m: ShimMachine, v: bigint): void {
  if (v === 0n) m.raise({ kind: 'invalid-argument', fn: m.currentShim, detail: 'the argument is 0, for which gcc documents the result as undefined' });
}

function clz(width: number) {
  return (m: ShimMachine, [x]: ShimValue[]): number => {
    const v = bits(x!, width);
    nonZero(m, v);
    return width - v.toString(2).length;
  };
}

function ctz(width: number) {
  return (m: ShimMachine, [x]: ShimValue[]): number => {
    const v = bits(x!, width);
    nonZero(m, v);
    let n = 0;
    for (let u = v; (u & 1n) === 0n; u >>= 1n) n++;
    return n;
  };
}

function popcount(v: bigint): number {
  let n = 0;
  for (let u = v; u !== 0n; u &= u - 1n) n++;
  return n;
}

function ffs(width: number) {
  return (_m: ShimMachine, [x]: ShimValue[]): number => {
    const v = bits(x!, width);
    if (v === 0n) return 0;
    let n = 1;
    for (let u = v; (u & 1n) === 0n; u >>= 1n) n++;
    return n;
  };
}

/** Leading redundant sign bits: how many bits after the sign bit equal it. */
function clrsb(width: number) {
  return (_m: ShimMachine, [x]: ShimValue[]): number => {
    const v = bits(x!, width);
    const sign = (v >> BigInt(width - 1)) & 1n;
    let n = 0;
    for (let i = width - 2; i >= 0 && ((v >> BigInt(i)) & 1n) === sign; i--) n++;
    return n;
  };
}

function bswap(width: number) {
  return (_m: ShimMachine, [x]: ShimValue[]): ShimValue => {
    let v = bits(x!, width);
    let r = 0n;
    for (let i = 0; i < width / 8; i++) { r = (r << 8n) | (v & 0xffn); v >>= 8n; }
    return width === 64 ? canon64(r) : Number(r);
  };
}

const count = (width: number, f: (v: bigint) => number) => (_m: ShimMachine, [x]: ShimValue[]): number => f(bits(x!, width));

function bitShims(): ShimDef[] {
  const out: ShimDef[] = [];
  for (const [suffix, kind, width] of [['', 'u32', 32], ['l', 'u64', 64], ['ll', 'u64', 64]] as const) {
    out.push(
      S(`__builtin_clz${suffix}`, [kind], 'i32', clz(width)),
      S(`__builtin_ctz${suffix}`, [kind], 'i32', ctz(width)),
      S(`__builtin_popcount${suffix}`, [kind], 'i32', count(width, popcount)),
      S(`__builtin_parity${suffix}`, [kind], 'i32', count(width, (v) => popcount(v) & 1)),
      S(`__builtin_ffs${suffix}`, [kind === 'u32' ? 'i32' : 'i64'], 'i32', ffs(width)),
      S(`__builtin_clrsb${suffix}`, [kind === 'u32' ? 'i32' : 'i64'], 'i32', clrsb(width)),
    );
  }
  out.push(
    S('__builtin_bswap16', ['u16'], 'u16', bswap(16)),
    S('__builtin_bswap32', ['u32'], 'u32', bswap(32)),
    S('__builtin_bswap64', ['u64'], 'u64', bswap(64)),
  );
  return out;
}

// ---- integer overflow -------------------------------------------------------------------

function varValue(a: VarArg | undefined): bigint {
  if (!a || a.kind === 'ptr' || a.kind === 'f32' || a.kind === 'f64') throw new TypeError('integer vararg expected');
  return BigInt(a.value);
}

/** The scalar kind of an integer of `size` bytes. */
function intKind(size: number, signed: boolean): Exclude<ScalarKind, 'f32' | 'f64' | 'ptr'> {
  switch (size) {
    case 1: return signed ? 'i8' : 'u8';
    case 2: return signed ? 'i16' : 'u16';
    case 4: return signed ? 'i32' : 'u32';
    default: return signed ? 'i64' : 'u64';
  }
}

function toStored(v: bigint, size: number, signed: boolean): number | bigint {
  const w = signed ? BigInt.asIntN(size * 8, v) : BigInt.asUintN(size * 8, v);
  return size === 8 ? canon64(w) : Number(w);
}

/** `__ciri_overflow(op, res, size, signed, a, b)`: a op b in infinite precision, stored wrapped; 1 if it did not fit. */
function arithOverflow(m: ShimMachine, args: ShimValue[], va: readonly VarArg[]): number {
  const [op, res, size, signed] = [asInt(args[0]!), asPtr(args[1]!), asInt(args[2]!), asInt(args[3]!) !== 0];
  const a = varValue(va[0]), b = varValue(va[1]);
  const exact = op === 0 ? a + b : op === 1 ? a - b : a * b;
  const wrapped = signed ? BigInt.asIntN(size * 8, exact) : BigInt.asUintN(size * 8, exact);
  if (res.addr !== 0 || res.prov !== 0) m.mem.storeScalar(res, intKind(size, signed), toStored(exact, size, signed));
  return wrapped === exact ? 0 : 1;
}

// ---- floating -------------------------------------------------------------------------------

const FLT_MIN = 1.1754943508222875e-38;
const DBL_MIN = 2.2250738585072014e-308;

/** `__ciri_fpclassify(nan, inf, normal, subnormal, zero, isFloat, x)`. */
function fpclassify(_m: ShimMachine, args: ShimValue[]): number {
  const x = args[6] as number;
  const min = asInt(args[5]!) ? FLT_MIN : DBL_MIN;
  const pick = Number.isNaN(x) ? 0 : !Number.isFinite(x) ? 1 : x === 0 ? 4 : Math.abs(x) < min ? 3 : 2;
  return asInt(args[pick]!);
}

function signbit(_m: ShimMachine, [x]: ShimValue[]): number {
  const v = x as number;
  return v < 0 || Object.is(v, -0) || (Number.isNaN(v) && nanSign(v)) ? 1 : 0;
}

/** The sign bit of a NaN (JS keeps it through Float64Array). */
function nanSign(v: number): boolean {
  const f = new Float64Array([v]);
  return (new Uint8Array(f.buffer)[7]! & 0x80) !== 0;
}

function isinfSign(_m: ShimMachine, [x]: ShimValue[]): number {
  const v = x as number;
  return v === Infinity ? 1 : v === -Infinity ? -1 : 0;
}

/** `__ciri_fpcompare(op, x, y)`: the quiet comparisons of C17 7.12.14 (no exception for NaN). */
function fpcompare(_m: ShimMachine, args: ShimValue[]): number {
  const [op, x, y] = [asInt(args[0]!), args[1] as number, args[2] as number];
  const r = [x > y, x >= y, x < y, x <= y, x < y || x > y, Number.isNaN(x) || Number.isNaN(y)][op];
  return r ? 1 : 0;
}

// ---- atomics ---------------------------------------------------------------------------------

/** Reads the object at `p` of `size` bytes as a bigint (signed per `signed`), or a pointer. */
function loadObject(m: ShimMachine, p: Ptr, size: number, kind: VarArg['kind'] | undefined): bigint | Ptr {
  if (kind === 'ptr') return m.mem.loadPtr(p);
  return BigInt(m.mem.loadScalar(p, intKind(size, kind === 'i64' || kind === 'i32')));
}

function storeObject(m: ShimMachine, p: Ptr, size: number, v: bigint | Ptr): void {
  if (typeof v === 'object') m.mem.storePtr(p, v);
  else m.mem.storeScalar(p, intKind(size, false), toStored(v, size, false));
}

function varObject(a: VarArg): bigint | Ptr {
  return a.kind === 'ptr' ? { addr: Number(a.value), prov: a.prov } : BigInt(a.value);
}

function combine(op: number, old: bigint | Ptr, v: bigint | Ptr, size: number): bigint | Ptr {
  if (op === 1 || op === 2) return v;
  if (typeof old === 'object' || typeof v === 'object') {
    // Pointer arithmetic through __atomic_fetch_add on a pointer object: bytes, keeping provenance.
    const base = typeof old === 'object' ? old : { addr: Number(old), prov: 0 };
    const delta = typeof v === 'object' ? v.addr : Number(v);
    return { addr: op === 4 ? base.addr - delta : base.addr + delta, prov: base.prov };
  }
  const mask = (1n << BigInt(size * 8)) - 1n;
  switch (op) {
    case 3: return (old + v) & mask;
    case 4: return (old - v) & mask;
    case 5: return old & v & mask;
    case 6: return (old | v) & mask;
    case 7: return (old ^ v) & mask;
    default: return ~(old & v) & mask;
  }
}

function result(v: bigint | Ptr, size: number, signed: boolean): ShimValue {
  if (typeof v === 'object') return v;
  return toStored(v, size, signed);
}

type Flavour = 'signed' | 'unsigned' | 'ptr';

/** How the object is read: as a pointer, or as a signed or unsigned integer of its size. */
function objectKind(flavour: Flavour): VarArg['kind'] {
  return flavour === 'ptr' ? 'ptr' : flavour === 'signed' ? 'i64' : 'u64';
}

/**
 * `__ciri_atomic_<flavour>(op, p, size, returnNew, value?)`: load, store,
 * exchange or fetch-and-op on `*p`; returns the old value, or the new one
 * when `returnNew`.
 */
function atomic(flavour: Flavour) {
  return (m: ShimMachine, args: ShimValue[], va: readonly VarArg[]): ShimValue => {
    const [op, p, size, returnNew] = [asInt(args[0]!), asPtr(args[1]!), asInt(args[2]!), asInt(args[3]!) !== 0];
    const old = loadObject(m, p, size, objectKind(flavour));
    if (op === 0) return result(old, size, flavour === 'signed');
    const next = combine(op, old, varObject(va[0]!), size);
    storeObject(m, p, size, next);
    return result(returnNew ? next : old, size, flavour === 'signed');
  };
}

function sameObject(a: bigint | Ptr, b: bigint | Ptr, size: number): boolean {
  if (typeof a === 'object' || typeof b === 'object') {
    const x = typeof a === 'object' ? a.addr : Number(a), y = typeof b === 'object' ? b.addr : Number(b);
    return x === y;
  }
  const mask = (1n << BigInt(size * 8)) - 1n;
  return (a & mask) === (b & mask);
}

/**
 * `__ciri_cas(mode, p, expectedPtr, size, desired, expected?)`: compare `*p`
 * with the expected value (read through `expectedPtr` for mode 0, the
 * `__atomic` form, which writes the current value back on failure; given by
 * value for the `__sync` forms) and store `desired` if equal. Mode 0 and 1
 * return whether it swapped; mode 2 returns the old value.
 */
function cas(m: ShimMachine, args: ShimValue[], va: readonly VarArg[]): ShimValue {
  const [mode, p, expectedPtr, size] = [asInt(args[0]!), asPtr(args[1]!), asPtr(args[2]!), asInt(args[3]!)];
  const desiredArg = va[0]!;
  const kind = desiredArg.kind;
  const old = loadObject(m, p, size, kind);
  const expected = mode === 0 ? loadObject(m, expectedPtr, size, kind) : varObject(va[1]!);
  const equal = sameObject(old, expected, size);
  if (equal) storeObject(m, p, size, varObject(desiredArg));
  else if (mode === 0) storeObject(m, expectedPtr, size, old);
  if (mode === 2) return result(old, size, kind === 'i32' || kind === 'i64');
  return equal ? 1 : 0;
}

export const builtinShims: readonly ShimDef[] = [
  ...bitShims(),
  S('__builtin_trap', [], 'void', (m) => m.signal(4, 'SIGILL')),
  S('__builtin_unreachable', [], 'void', (m) => m.raise({ kind: 'unreachable', what: '__builtin_unreachable' })),
  S('__ciri_vla_bound', ['i64'], 'u64', (m, [n]) => {
    if (BigInt(n as number | bigint) <= 0n) m.raise({ kind: 'invalid-vla-size', value: String(n) });
    return n as number | bigint;
  }),
  S('__ciri_overflow', ['i32', 'ptr', 'i32', 'i32'], 'u8', arithOverflow, true),
  S('__ciri_fpclassify', ['i32', 'i32', 'i32', 'i32', 'i32', 'i32', 'f64'], 'i32', fpclassify),
  S('__ciri_signbit', ['f64'], 'i32', signbit),
  S('__ciri_isinf_sign', ['f64'], 'i32', isinfSign),
  S('__ciri_fpcompare', ['i32', 'f64', 'f64'], 'i32', fpcompare),
  S('__ciri_atomic_long', ['i32', 'ptr', 'i32', 'i32'], 'i64', atomic('signed'), true),
  S('__ciri_atomic_ulong', ['i32', 'ptr', 'i32', 'i32'], 'u64', atomic('unsigned'), true),
  S('__ciri_atomic_ptr', ['i32', 'ptr', 'i32', 'i32'], 'ptr', atomic('ptr'), true),
  S('__ciri_cas', ['i32', 'ptr', 'ptr', 'i32'], 'u8', cas, true),
  S('__ciri_cas_long', ['i32', 'ptr', 'ptr', 'i32'], 'i64', cas, true),
  S('__ciri_cas_ulong', ['i32', 'ptr', 'ptr', 'i32'], 'u64', cas, true),
  S('__ciri_cas_ptr', ['i32', 'ptr', 'ptr', 'i32'], 'ptr', cas, true),
];
