/**
 * The slow-path helpers generated code calls: reports of arithmetic UB,
 * conversions that need checks, stack slots, shim calls, indirect calls,
 * the step budget and the C stack limit. Everything here is off the hot
 * path except `slive`/`sdead`/`baseof` (one call per address-taken local).
 *
 * Each reporter throws (through `Machine.raise`) and never returns.
 */
import { poisonOrigin } from '../memory/poison.js';
import type { Int64 } from '../memory/pointer.js';
import { canon64 } from '../memory/pointer.js';
import { fromIntegralDouble } from './int64.js';
import type { Machine } from './machine.js';
import type { VarArg } from '../shims/shim.js';

/** C type names by the kind code of operators.ts (KIND_CODE). */
export const KIND_NAMES = ['signed char', 'unsigned char', 'short', 'unsigned short', 'int', 'unsigned int',
  'long', 'unsigned long', 'float', 'double', 'pointer'];
const KIND_WIDTH = [8, 8, 16, 16, 32, 32, 64, 64];

/** Inclusive lower and exclusive upper bound of each integer kind, for float-to-int conversion. */
const FTOI_LIMITS: readonly [number, number][] = [
  [-128, 128], [0, 256], [-32768, 32768], [0, 65536], [-2147483648, 2147483648], [0, 4294967296],
  [-(2 ** 63), 2 ** 63], [0, 2 ** 64],
];

function show(v: Int64 | number | undefined): string {
  return v === undefined ? '' : String(v);
}

export function createRuntime(m: Machine): Record<string, unknown> {
  const mem = m.mem;
  const overflow = (site: number, op: string, k: number, a: Int64, b: Int64 | undefined): never =>
    m.raise({ kind: 'signed-overflow', op, type: KIND_NAMES[k]!, left: show(a), right: b === undefined ? undefined : show(b) }, site);
  const badShift = (reason: 'negative-amount' | 'amount-too-large' | 'negative-value' | 'overflow') =>
    (site: number, k: number, a: Int64, sh: number): never =>
      m.raise({ kind: 'invalid-shift', reason, type: KIND_NAMES[k]!, value: show(a), amount: show(sh), width: KIND_WIDTH[k]! }, site);
  const amountTooLarge = badShift('amount-too-large');
  const negativeAmount = badShift('negative-amount');
  return {
    // C17 6.5p5
    ovf: overflow,
    ovf64: (site: number, op: string, a: Int64, b: Int64 | undefined): never => overflow(site, op, 6, a, b),
    // C17 6.5.5p5
    div0: (site: number, op: '/' | '%', k: number): never => m.raise({ kind: 'division-by-zero', op, type: KIND_NAMES[k]! }, site),
    // C17 6.5.7p3-4
    shamt: (site: number, k: number, a: Int64, sh: number): never => (sh < 0 ? negativeAmount : amountTooLarge)(site, k, a, sh),
    shneg: badShift('negative-value'),
    shovf: badShift('overflow'),
    shovf64: (site: number, _op: string, a: Int64, n: Int64 | undefined): never => badShift('overflow')(site, 6, a, Number(n)),
    // C17 6.3.1.4p1: the integral part must be representable in the target type.
    ftoi: (v: number, k: number, site: number): Int64 => {
      const x = Math.trunc(v);
      const [lo, hi] = FTOI_LIMITS[k]!;
      if (!(x >= lo && x < hi)) m.raise({ kind: 'invalid-conversion', value: String(v), type: KIND_NAMES[k]! }, site);
      return k >= 6 ? fromIntegralDouble(x) : x + 0;
    },
    // An address is the 64-bit value read as signed (memory/pointer.ts), so (void *)-1 stays exact.
    toaddr: (v: Int64): number => (typeof v === 'bigint' ? Number(BigInt.asIntN(64, v)) : v),
    provfor: (addr: number, site: number): number => {
      // --strict-provenance: a pointer made from an integer has no provenance it could honestly claim.
      if (m.config.strictProvenance && addr !== 0) {
        return m.unsupportedAt(site, `integer-to-pointer cast (address 0x${addr.toString(16)}) with --strict-provenance`);
      }
      return mem.provenanceFor(addr);
    },
    expose: (prov: number): void => { if (prov !== 0) mem.expose(prov); },
    slive: (size: number, align: number, name: number): number => mem.allocate(size, align, 'stack', m.strings[name]),
    sdead: (id: number): void => mem.freeStack(id),
    vlive: (size: Int64, align: number, name: number, sp: number): number => m.vlaLive(Number(size), align, m.strings[name] ?? '', sp),
    baseof: (id: number): number => mem.base(id),
    uninit: (site: number, name: number): never => m.raise({ kind: 'uninitialized-local', name: m.strings[name] ?? '' }, site),
    poison: (v: number, use: number, unsigned: number, site: number): never => {
      const { id, offset } = poisonOrigin(v);
      const alloc = id !== 0 && mem.exists(id) ? mem.info(id) : undefined;
      return m.raise({ kind: 'uninitialized-value', alloc, offset, use: POISON_USES[use]!, type: unsigned ? 'unsigned char' : 'char' }, site);
    },
    missret: (site: number, fn: number): never => m.raise({ kind: 'missing-return', fn: m.cNameOf(m.strings[fn] ?? '') }, site),
    unreach: (site: number, reason: number): never => {
      const why = m.strings[reason];
      if (why === 'missing-return') return m.raise({ kind: 'missing-return', fn: m.sites.fnName(site) }, site);
      if (why === 'noreturn-returned') return m.raise({ kind: 'noreturn-returned', fn: m.sites.fnName(site) }, site);
      return m.raise({ kind: 'unreachable', what: '__builtin_unreachable' }, site);
    },
    unseq: (site: number, other: number, object: number, otherIsWrite: number): never =>
      m.raise({ kind: 'unsequenced-access', object: m.strings[object] ?? '', otherIsWrite: otherIsWrite === 1, other: m.sites.span(other) }, site),
    unsup: (site: number, name: number): never => m.unsupportedAt(site, `call to a function ciri does not provide: '${m.strings[name]}'`),
    shim: (k: number, args: unknown[], va: unknown[]): unknown => m.callShim(k, args, va),
    callee: (addr: number, prov: number, site: number, sig: number): number => m.calleeIndex(addr, prov, site, sig),
    badcall: (site: number, detail: number): never => m.raise({ kind: 'invalid-call', reason: 'argument-mismatch', detail: m.strings[detail] ?? '' }, site),
    tick: (d: number): number => m.tick(d),
    enter: (d: number, sp: number): void => m.enter(d, sp),
    bfld: (addr: number, prov: number, nbytes: number, shift: number, width: number, kind: number): Int64 =>
      readBitField(mem.readBytes({ addr, prov }, nbytes, true), shift, width, kind),
    bfst: (addr: number, prov: number, nbytes: number, shift: number, width: number, value: Int64): void => {
      const p = { addr, prov };
      mem.writeBytes(p, writeBitField(mem.readBytes(p, nbytes, false), shift, width, value));
    },
    vaenter: (d: number, va: VarArg[], fn: number): void => m.varargs.enter(d, va, m.strings[fn] ?? ''),
    valeave: (d: number): void => m.varargs.leave(d),
    badbb: (bb: unknown): never => { throw new Error(`generated code reached an unknown block ${String(bb)}`); },
  };
}

/** The `use` codes generated code passes to POISON. */
const POISON_USES = ['conversion', 'branch', 'bit-field store'] as const;

/** KIND_CODE of operators.ts: signed kinds are even below 8; 6 and 7 are the 64-bit ones. */
function readBitField(bytes: Uint8Array, shift: number, width: number, kind: number): Int64 {
  let v = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) v = (v << 8n) | BigInt(bytes[i]!);
  v = (v >> BigInt(shift)) & ((1n << BigInt(width)) - 1n);
  const signed = kind < 8 && kind % 2 === 0;
  if (signed) v = BigInt.asIntN(width, v);
  return kind === 6 || kind === 7 ? canon64(v) : Number(v);
}

function writeBitField(bytes: Uint8Array, shift: number, width: number, value: Int64): Uint8Array {
  let v = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) v = (v << 8n) | BigInt(bytes[i]!);
  const mask = ((1n << BigInt(width)) - 1n) << BigInt(shift);
  v = (v & ~mask) | ((BigInt.asUintN(width, BigInt(value)) << BigInt(shift)) & mask);
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i < out.length; i++) { out[i] = Number(v & 0xffn); v >>= 8n; }
  return out;
}

/** Decode a shim's result to the representation generated code expects for `kind`. */
export function decodeShimResult(kind: string, v: unknown): unknown {
  switch (kind) {
    case 'void': return undefined;
    case 'ptr': return typeof v === 'object' && v !== null ? v : { addr: Number(v ?? 0), prov: 0 };
    case 'f32': return Math.fround(v as number);
    case 'f64': return v;
    case 'i64': case 'u64': return typeof v === 'bigint' ? canon64(v) : v;
    case 'u32': return typeof v === 'bigint' ? Number(BigInt.asUintN(32, v)) : (v as number) >>> 0;
    case 'i8': return ((Number(v) << 24) >> 24);
    case 'u8': return Number(v) & 255;
    case 'i16': return ((Number(v) << 16) >> 16);
    case 'u16': return Number(v) & 65535;
    default: return typeof v === 'bigint' ? Number(BigInt.asIntN(32, v)) : (v as number) | 0;
  }
}
