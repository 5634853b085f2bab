/**
 * Variadic argument areas (C17 7.16): when a C function declared with `...`
 * is entered, the arguments past its parameters are stored, 8 bytes each, in
 * a stack allocation of their own (named `f(...)`, allocated at the call), and the kind
 * each was passed as is remembered. `va_start`/`va_arg`/`v*printf`
 * (src/shims/libc/stdarg.ts) read them through a `va_list` that points into
 * the area, so every read is an ordinary checked access: after the function
 * returned, the area is freed and a kept `va_list` is a use-after-free.
 *
 * Areas are found by the depth of the frame that owns them (the frame calling
 * `va_start`) and by allocation id (a `va_list` pointer's provenance).
 *
 * Invariant: an area is live exactly while its frame is active.
 */
import type { ScalarKind } from '../ir/ir.js';
import type { MemoryApi } from '../memory/memory-api.js';
import type { VaArea, VarArg } from '../shims/shim.js';

/** Bytes per argument slot: every promoted argument fits in 8. */
export const VA_SLOT = 8;

export class VarargAreas {
  private readonly byDepth = new Map<number, VaArea>();
  private readonly byId = new Map<number, VaArea>();

  constructor(private readonly mem: MemoryApi) {}

  /** The frame at depth `d` of function `fn` was entered with `va` past its parameters. */
  enter(d: number, va: readonly VarArg[], fn: string): void {
    const id = this.mem.allocate(VA_SLOT * va.length, VA_SLOT, 'stack', `${fn}(...)`);
    const base = this.mem.base(id);
    const kinds: ScalarKind[] = [];
    va.forEach((a, i) => {
      const at = { addr: base + VA_SLOT * i, prov: id };
      if (a.kind === 'ptr') this.mem.storePtr(at, { addr: Number(a.value), prov: a.prov });
      else this.mem.storeScalar(at, a.kind, a.value);
      kinds.push(a.kind);
    });
    const area: VaArea = { id, base, kinds, fn };
    this.byDepth.set(d, area);
    this.byId.set(id, area);
  }

  /** The frame at depth `d` returns: its area dies. */
  leave(d: number): void {
    const area = this.byDepth.get(d);
    if (!area) return;
    this.byDepth.delete(d);
    this.byId.delete(area.id);
    this.mem.freeStack(area.id);
  }

  /** The area of the active frame at depth `d`, if that frame is variadic. */
  atDepth(d: number): VaArea | undefined {
    return this.byDepth.get(d);
  }

  /** The live area with allocation id `id`. */
  byAllocation(id: number): VaArea | undefined {
    return this.byId.get(id);
  }

  /** Forget every area (a new run). */
  reset(): void {
    this.byDepth.clear();
    this.byId.clear();
  }
}
