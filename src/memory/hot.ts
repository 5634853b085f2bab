/**
 * The hot helpers: the loads, stores and pointer checks that generated code
 * calls on every access (memory-api.ts `HotMemory`; performance notes 1.5).
 *
 * Each helper is a closure over the arena's and the allocation table's typed
 * arrays, kept in variables of `createHot` and reassigned by `refresh` when
 * either grows, so a helper reads them without a property lookup. Generated
 * code calls the helpers unbound (`const ldI32 = H.ldI32`), so none uses `this`.
 *
 * Fast path of an access of n bytes at address a through provenance p:
 * `off = o - BASE[p]` (o the arena offset) with `0 <= off <= LIMIT[p] - n`
 * (live, permitted and in bounds at once, see allocation-table.ts), o a
 * multiple of n, init bytes set. Anything else calls `check`, the one slow
 * function (diagnose.ts), which raises; no allocation, closure or try/catch
 * on the way.
 *
 * Not here: the bulk operations shims use, and the accesses to members of
 * packed records (ldPacked, stPacked), which are served by them (memory.ts).
 */
import type { Int64 } from './pointer.js';
import { canon64 } from './pointer.js';
import type { HotMemory } from './memory-api.js';
import type { AllocationTable } from './allocation-table.js';
import { INIT_WORD, type Arena } from './arena.js';
import type { Diagnoser } from './diagnose.js';
import { POISON_LIMIT, poisonFor } from './poison.js';

const TWO32 = 4294967296;
/** hi words of 64-bit values whose number form is a safe integer. */
const HI_MIN = -0x1fffff;
const HI_LIMIT = 0x200000;

export interface HotContext {
  readonly arena: Arena;
  readonly table: AllocationTable;
  readonly diag: Diagnoser;
  readonly arenaBase: number;
  /** Receives the provenance of the pointer `ldPtr` loaded. */
  readonly target: { lastProv: number };
  /** --symbolic-alignment: an access also needs its allocation to be aligned at least as much. */
  readonly symbolicAlignment: boolean;
  /** Integer-to-pointer provenance (exposed allocations). */
  provenanceFor(addr: number): number;
}

export function createHot(ctx: HotContext): { hot: Omit<HotMemory, 'ldPacked' | 'stPacked'>; refresh: () => void } {
  const AB = ctx.arenaBase;
  const diag = ctx.diag;
  const M = ctx.target;
  let DV: DataView, U8: Uint8Array, IN8: Uint8Array, IN16: Uint16Array, IN32: Int32Array, PV: Int32Array;
  let BASE: Uint32Array, RLIM: Float64Array, WLIM: Float64Array, EXP: Uint8Array, AL: Uint32Array;
  /** With symbolic alignment off, every allocation counts as aligned enough (AL is never read). */
  const SYM = ctx.symbolicAlignment;

  function refresh(): void {
    const a = ctx.arena, t = ctx.table;
    DV = a.view; U8 = a.data; IN8 = a.init; IN16 = a.init16; IN32 = a.init32; PV = a.prov;
    BASE = t.base; RLIM = t.readLimit; WLIM = t.writeLimit; EXP = t.exposed; AL = t.align;
  }
  refresh();

  function check(a: number, p: number, n: number, access: 'read' | 'write', site: number): void {
    diag.access(a, p, n, access, true, site);
  }
  /** Loading an integer from pointer bytes exposes the pointer's allocation (permissive provenance). */
  function expose(o: number): void {
    const id = PV[o >>> 3]!;
    if (id !== 0) EXP[id] = 1;
  }

  // ---- loads (character loads accept indeterminate bytes, C17 6.2.6.1p5)
  // An uninitialized byte loads as a poison value naming its origin (poison.ts).
  function ldI8(a: number, p: number, site: number): number {
    const o = a - AB, off = o - BASE[p]!;
    if (!(off >= 0 && off <= RLIM[p]! - 1)) check(a, p, 1, 'read', site);
    if (IN8[o] === 0) return poisonFor(p, off);
    if (PV[o >>> 3] !== 0) expose(o);
    return DV.getInt8(o);
  }
  function ldU8(a: number, p: number, site: number): number {
    const o = a - AB, off = o - BASE[p]!;
    if (!(off >= 0 && off <= RLIM[p]! - 1)) check(a, p, 1, 'read', site);
    if (IN8[o] === 0) return poisonFor(p, off);
    if (PV[o >>> 3] !== 0) expose(o);
    return U8[o]!;
  }
  function ld16ok(o: number, p: number): boolean {
    const off = o - BASE[p]!;
    return off >= 0 && off <= RLIM[p]! - 2 && (o & 1) === 0 && IN16[o >>> 1] === 0x0101 && (!SYM || AL[p]! >= 2);
  }
  function ldI16(a: number, p: number, site: number): number {
    const o = a - AB;
    if (!ld16ok(o, p)) check(a, p, 2, 'read', site);
    if (PV[o >>> 3] !== 0) expose(o);
    return DV.getInt16(o, true);
  }
  function ldU16(a: number, p: number, site: number): number {
    const o = a - AB;
    if (!ld16ok(o, p)) check(a, p, 2, 'read', site);
    if (PV[o >>> 3] !== 0) expose(o);
    return DV.getUint16(o, true);
  }
  function ld32ok(o: number, p: number): boolean {
    const off = o - BASE[p]!;
    return off >= 0 && off <= RLIM[p]! - 4 && (o & 3) === 0 && IN32[o >>> 2] === INIT_WORD && (!SYM || AL[p]! >= 4);
  }
  function ldI32(a: number, p: number, site: number): number {
    const o = a - AB;
    if (!ld32ok(o, p)) check(a, p, 4, 'read', site);
    if (PV[o >>> 3] !== 0) expose(o);
    return DV.getInt32(o, true);
  }
  function ldU32(a: number, p: number, site: number): number {
    const o = a - AB;
    if (!ld32ok(o, p)) check(a, p, 4, 'read', site);
    if (PV[o >>> 3] !== 0) expose(o);
    return DV.getUint32(o, true);
  }
  function ldF32(a: number, p: number, site: number): number {
    const o = a - AB;
    if (!ld32ok(o, p)) check(a, p, 4, 'read', site);
    return DV.getFloat32(o, true);
  }
  function ld64ok(o: number, p: number): boolean {
    const off = o - BASE[p]!;
    const w = o >>> 2;
    return off >= 0 && off <= RLIM[p]! - 8 && (o & 7) === 0 && IN32[w] === INIT_WORD && IN32[w + 1] === INIT_WORD && (!SYM || AL[p]! >= 8);
  }
  function ldI64(a: number, p: number, site: number): Int64 {
    const o = a - AB;
    if (!ld64ok(o, p)) check(a, p, 8, 'read', site);
    if (PV[o >>> 3] !== 0) expose(o);
    const lo = DV.getUint32(o, true), hi = DV.getInt32(o + 4, true);
    if (hi >= HI_MIN && hi < HI_LIMIT) return hi * TWO32 + lo;
    return canon64((BigInt(hi) << 32n) | BigInt(lo));
  }
  function ldU64(a: number, p: number, site: number): Int64 {
    const o = a - AB;
    if (!ld64ok(o, p)) check(a, p, 8, 'read', site);
    if (PV[o >>> 3] !== 0) expose(o);
    const lo = DV.getUint32(o, true), hi = DV.getUint32(o + 4, true);
    if (hi < HI_LIMIT) return hi * TWO32 + lo;
    return (BigInt(hi) << 32n) | BigInt(lo);
  }
  function ldF64(a: number, p: number, site: number): number {
    const o = a - AB;
    if (!ld64ok(o, p)) check(a, p, 8, 'read', site);
    return DV.getFloat64(o, true);
  }
  function ldPtr(a: number, p: number, site: number): number {
    const o = a - AB;
    if (!ld64ok(o, p)) check(a, p, 8, 'read', site);
    const v = DV.getInt32(o + 4, true) * TWO32 + DV.getUint32(o, true);
    const prov = PV[o >>> 3]!;
    // Bytes that hold no stored pointer: the integer-to-pointer rule applies.
    M.lastProv = prov !== 0 || v === 0 ? prov : ctx.provenanceFor(v);
    return v;
  }

  // ---- stores (any store into a slot forgets the pointer stored there)
  function st8(a: number, p: number, v: number, site: number): void {
    const o = a - AB, off = o - BASE[p]!;
    if (!(off >= 0 && off <= WLIM[p]! - 1)) check(a, p, 1, 'write', site);
    // Storing a poison (uninitialized) character keeps the byte uninitialized.
    if (v < POISON_LIMIT) { U8[o] = 0; IN8[o] = 0; } else { U8[o] = v; IN8[o] = 1; }
    if (PV[o >>> 3] !== 0) PV[o >>> 3] = 0;
  }
  function st16(a: number, p: number, v: number, site: number): void {
    const o = a - AB, off = o - BASE[p]!;
    if (!(off >= 0 && off <= WLIM[p]! - 2 && (o & 1) === 0 && (!SYM || AL[p]! >= 2))) check(a, p, 2, 'write', site);
    DV.setUint16(o, v, true);
    IN16[o >>> 1] = 0x0101;
    if (PV[o >>> 3] !== 0) PV[o >>> 3] = 0;
  }
  function st32ok(o: number, p: number): boolean {
    const off = o - BASE[p]!;
    return off >= 0 && off <= WLIM[p]! - 4 && (o & 3) === 0 && (!SYM || AL[p]! >= 4);
  }
  function st32(a: number, p: number, v: number, site: number): void {
    const o = a - AB;
    if (!st32ok(o, p)) check(a, p, 4, 'write', site);
    DV.setInt32(o, v, true);
    IN32[o >>> 2] = INIT_WORD;
    if (PV[o >>> 3] !== 0) PV[o >>> 3] = 0;
  }
  function stF32(a: number, p: number, v: number, site: number): void {
    const o = a - AB;
    if (!st32ok(o, p)) check(a, p, 4, 'write', site);
    DV.setFloat32(o, v, true);
    IN32[o >>> 2] = INIT_WORD;
    if (PV[o >>> 3] !== 0) PV[o >>> 3] = 0;
  }
  function st64ok(o: number, p: number): boolean {
    const off = o - BASE[p]!;
    return off >= 0 && off <= WLIM[p]! - 8 && (o & 7) === 0 && (!SYM || AL[p]! >= 8);
  }
  /** Marks the 8 bytes at o initialized. */
  function init8(o: number): void {
    const w = o >>> 2;
    IN32[w] = INIT_WORD;
    IN32[w + 1] = INIT_WORD;
  }
  function st64(a: number, p: number, v: Int64, site: number): void {
    const o = a - AB;
    if (!st64ok(o, p)) check(a, p, 8, 'write', site);
    if (typeof v === 'number') {
      DV.setUint32(o, v >>> 0, true);
      DV.setInt32(o + 4, Math.floor(v / TWO32) | 0, true);
    } else {
      DV.setBigUint64(o, BigInt.asUintN(64, v), true);
    }
    init8(o);
    if (PV[o >>> 3] !== 0) PV[o >>> 3] = 0;
  }
  function stF64(a: number, p: number, v: number, site: number): void {
    const o = a - AB;
    if (!st64ok(o, p)) check(a, p, 8, 'write', site);
    DV.setFloat64(o, v, true);
    init8(o);
    if (PV[o >>> 3] !== 0) PV[o >>> 3] = 0;
  }
  function stPtr(a: number, p: number, va: number, vp: number, site: number): void {
    const o = a - AB;
    if (!st64ok(o, p)) check(a, p, 8, 'write', site);
    DV.setUint32(o, va >>> 0, true);
    DV.setInt32(o + 4, Math.floor(va / TWO32) | 0, true);
    init8(o);
    PV[o >>> 3] = vp;
  }

  return { hot: { ldI8, ldU8, ldI16, ldU16, ldI32, ldU32, ldI64, ldU64, ldF32, ldF64, ldPtr,
    st8, st16, st32, st64, stF32, stF64, stPtr, ...createPointerOps(ctx) }, refresh };
}

/** Record copy, zeroing and the pointer-arithmetic checks (less hot: no cached views needed). */
function createPointerOps(ctx: HotContext): Pick<HotMemory, 'copy' | 'zero' | 'arith' | 'diff' | 'relcmp'> {
  const AB = ctx.arenaBase, diag = ctx.diag, table = ctx.table, arena = ctx.arena;

  /** C17 6.5.16.1p3: assignment between partially overlapping objects is UB; exact overlap is fine. */
  function copy(da: number, dp: number, sa: number, sp: number, n: number, site: number): void {
    if (n === 0) return;
    const dOff = da - AB - table.base[dp]!, sOff = sa - AB - table.base[sp]!;
    if (!(sOff >= 0 && sOff <= table.readLimit[sp]! - n)) diag.access(sa, sp, n, 'read', false, site);
    if (!(dOff >= 0 && dOff <= table.writeLimit[dp]! - n)) diag.access(da, dp, n, 'write', false, site);
    if (da !== sa && da < sa + n && sa < da + n) {
      diag.raise({ kind: 'overlapping-copy', fn: 'assignment', alloc: diag.info(dp), dst: dOff, src: sOff, size: n }, site);
    }
    arena.copy(da - AB, sa - AB, n);
  }
  function zero(a: number, p: number, n: number, site: number): void {
    if (n === 0) return;
    const off = a - AB - table.base[p]!;
    if (!(off >= 0 && off <= table.writeLimit[p]! - n)) diag.access(a, p, n, 'write', false, site);
    arena.fill(a - AB, 0, n);
  }
  function arith(a: number, p: number, to: number, site: number): void {
    const off = to - AB - table.base[p]!;
    // One past the end is allowed; state 0 covers freed rows and p = 0 (row 0 is never live).
    if (!(off >= 0 && off <= table.size[p]! && table.state[p] !== 0)) diag.arith(a, p, to, site);
  }
  function diff(a1: number, p1: number, a2: number, p2: number, site: number): void {
    if (p1 !== p2 || (p1 !== 0 && table.state[p1] === 0)) diag.sameObject(a1, p1, a2, p2, site, 'subtract');
  }
  function relcmp(a1: number, p1: number, a2: number, p2: number, site: number): void {
    if (p1 !== p2 || (p1 !== 0 && table.state[p1] === 0)) diag.sameObject(a1, p1, a2, p2, site, 'compare');
  }
  return { copy, zero, arith, diff, relcmp };
}
