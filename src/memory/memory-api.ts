/**
 * The contract of the abstract machine's memory, as the interpreter, the
 * generated code and the shims use it. `memory.ts` implements it.
 *
 * Two audiences:
 * - generated code calls the `hot` helpers with the two halves of a pointer
 *   (address, provenance) and a site id, on every access; they must stay
 *   small and monomorphic (numbers and typed arrays only);
 * - shims and the runtime use the `Ptr`-based methods, which check a whole
 *   range once and then work in bulk.
 *
 * Every check failure calls `MemoryHooks.raise`, which throws: no method
 * returns an error value.
 */
import type { AllocKind, AllocationInfo, Frame, UB } from '../diagnostics/stop.js';
import type { Int64, Ptr } from './pointer.js';
import type { ScalarName } from './scalars.js';

/** What memory needs from the machine. */
export interface MemoryHooks {
  /** End the run with this UB at `site` (a site id from generated code), or at the current call if undefined. */
  raise(ub: UB, site?: number): never;
  /** End the run with a resource-limit stop (total live memory above the configured maximum). */
  outOfMemory(requested: number): never;
  /** An interned id for the current C call stack (recorded at allocation and free). */
  stackId(): number;
  /** The frames of an interned stack id (innermost first). */
  frames(stackId: number): readonly Frame[];
}

/** Helpers called by generated code on every access: (address, provenance, ..., site id). */
export interface HotMemory {
  ldI8(a: number, p: number, site: number): number;
  ldU8(a: number, p: number, site: number): number;
  ldI16(a: number, p: number, site: number): number;
  ldU16(a: number, p: number, site: number): number;
  ldI32(a: number, p: number, site: number): number;
  ldU32(a: number, p: number, site: number): number;
  ldI64(a: number, p: number, site: number): Int64;
  ldU64(a: number, p: number, site: number): Int64;
  ldF32(a: number, p: number, site: number): number;
  ldF64(a: number, p: number, site: number): number;
  /** Loads a pointer: returns the address; its provenance is left in `Memory.lastProv`. */
  ldPtr(a: number, p: number, site: number): number;
  st8(a: number, p: number, v: number, site: number): void;
  st16(a: number, p: number, v: number, site: number): void;
  st32(a: number, p: number, v: number, site: number): void;
  st64(a: number, p: number, v: Int64, site: number): void;
  stF32(a: number, p: number, v: number, site: number): void;
  stF64(a: number, p: number, v: number, site: number): void;
  stPtr(a: number, p: number, va: number, vp: number, site: number): void;
  /** A scalar member of a packed record: aligned to `align` only; a pointer's provenance is left in `Memory.lastProv`. */
  ldPacked(a: number, p: number, kind: ScalarName | 'ptr', align: number, site: number): Int64;
  /** The store twin of `ldPacked` (`vp`: the provenance of a stored pointer, else 0). */
  stPacked(a: number, p: number, kind: ScalarName | 'ptr', align: number, v: Int64, vp: number, site: number): void;
  /** Record copy: `n` bytes with init and provenance; ranges identical or disjoint. */
  copy(da: number, dp: number, sa: number, sp: number, n: number, site: number): void;
  /** Zero `n` bytes (marks them initialized). */
  zero(a: number, p: number, n: number, site: number): void;
  /** C17 6.5.6p8: `to` must be within [base, base+size] of `p`'s allocation (null + 0 allowed). */
  arith(a: number, p: number, to: number, site: number): void;
  /** C17 6.5.6p9: both pointers into the same live allocation. */
  diff(a1: number, p1: number, a2: number, p2: number, site: number): void;
  /** C17 6.5.8p5: relational comparison needs the same allocation. */
  relcmp(a1: number, p1: number, a2: number, p2: number, site: number): void;
}

export interface MemoryApi {
  readonly hot: HotMemory;
  /** Provenance of the last pointer loaded by `hot.ldPtr`. */
  lastProv: number;

  // ---- allocations
  /** Make an allocation (uninitialized unless `zeroed`); returns its id. Its address is `base(id)`. */
  allocate(size: number, align: number, kind: AllocKind, name?: string, zeroed?: boolean): number;
  /**
   * Free the allocation `ptr` points to, checking it is a live allocation of
   * `kind` and that `ptr` is its start (double-free, invalid-free,
   * mismatched-deallocation otherwise). `free(NULL)` is for the caller to skip.
   */
  free(ptr: Ptr, kind: 'heap' | 'mmap', fn: string): void;
  /** End a stack slot's lifetime (no checks beyond liveness). */
  freeStack(id: number): void;
  base(id: number): number;
  size(id: number): number;
  kind(id: number): AllocKind;
  isLive(id: number): boolean;
  info(id: number): AllocationInfo;
  /** Mark read-only (string literals, const globals): writes are `write-to-readonly`. */
  setReadonly(id: number): void;

  // ---- bulk access for shims (each checks the whole range first)
  /** Raise unless [ptr, ptr+len) is inside one live allocation of ptr's provenance (and writable for 'write'). */
  checkRange(ptr: Ptr, len: number, access: 'read' | 'write'): void;
  /** The bytes (a copy); with `requireInit`, an uninitialized byte is reported. */
  readBytes(ptr: Ptr, len: number, requireInit: boolean): Uint8Array;
  /** Write bytes, marking them initialized and clearing stored provenance. */
  writeBytes(ptr: Ptr, data: Uint8Array): void;
  /** memcpy/memmove semantics with init and provenance; `fn` names the caller for overlap reports. */
  copyBytes(dst: Ptr, src: Ptr, len: number, allowOverlap: boolean, fn: string): void;
  fillBytes(dst: Ptr, byte: number, len: number): void;
  /** Length of the NUL-terminated string at ptr (reports reading past the allocation or uninit bytes). */
  strlen(ptr: Ptr): number;
  /** Index of the first uninitialized byte in the range, or -1. */
  firstUninit(ptr: Ptr, len: number): number;
  /** `align` (default natural) and `site` serve the packed-member accesses of generated code. */
  loadScalar(ptr: Ptr, kind: ScalarName, align?: number, site?: number): number | bigint;
  storeScalar(ptr: Ptr, kind: ScalarName, value: number | bigint, align?: number, site?: number): void;
  loadPtr(ptr: Ptr, align?: number, site?: number): Ptr;
  storePtr(ptr: Ptr, value: Ptr, align?: number, site?: number): void;

  // ---- provenance
  /** A pointer-to-integer cast exposes its allocation (permissive provenance). */
  expose(prov: number): void;
  /** An integer-to-pointer cast: the exposed live allocation containing `addr` (or one past its end), else 0. */
  provenanceFor(addr: number): number;

  // ---- exit
  /** Live heap allocations, for the leak check, each flagged reachable from globals or not. */
  leaks(): { id: number; reachable: boolean }[];
  /** Total bytes currently allocated. */
  readonly liveBytes: number;
}
