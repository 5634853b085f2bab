/**
 * The slow path of every memory check: given an access (or a pointer
 * operation) that the fast path refused, work out which UB it is and raise
 * it with its data (allocation, offsets, sizes; never prose).
 *
 * The order of the checks is the order in which a reader wants the answer:
 * no allocation at all (null, made-up address), a dead allocation, outside the
 * allocation, not writable, misaligned, uninitialized.
 *
 * Not here: the fast paths (hot.ts) and the bulk operations (memory.ts).
 * A check that finds nothing wrong returns, and its caller goes on.
 */
import type { Access, AllocationInfo, UB } from '../diagnostics/stop.js';
import { KIND_FUNCTION, STATE_FREE, STATE_READONLY, type AllocationTable } from './allocation-table.js';
import type { Arena } from './arena.js';
import type { MemoryHooks } from './memory-api.js';

/** Addresses below this, with no provenance, are null dereferences (the first page). */
export const NULL_PAGE = 4096;

export class Diagnoser {
  constructor(
    private readonly table: AllocationTable,
    private readonly arena: Arena,
    private readonly arenaBase: number,
    private readonly hooks: MemoryHooks,
    readonly info: (id: number) => AllocationInfo,
    /** --symbolic-alignment: the allocation's guaranteed alignment must also suffice. */
    private readonly symbolicAlignment = false,
  ) {}

  raise(ub: UB, site: number | undefined): never {
    return this.hooks.raise(ub, site);
  }

  /** Offset of address `a` from the start of allocation `p`. */
  offset(a: number, p: number): number {
    return a - this.arenaBase - this.table.base[p]!;
  }

  /**
   * Checks an access of `n` bytes at `a` through provenance `p`. A scalar
   * access also needs alignment (`align`: natural, x86-64, unless the scalar
   * is a member of a packed record) and, when reading more than one byte,
   * initialized bytes (a character read may see indeterminate bytes).
   */
  access(a: number, p: number, n: number, access: Access, scalar: boolean, site: number | undefined, align = n): void {
    this.live(a, p, n, access, site);
    this.inBounds(a, p, n, access, site);
    const t = this.table;
    // C17 6.7.3p6: modifying an object defined with a const-qualified type.
    if (access === 'write' && t.state[p] === STATE_READONLY) {
      this.raise({ kind: 'write-to-readonly', alloc: this.info(p), offset: this.offset(a, p), size: n }, site);
    }
    if (!scalar || n === 1) return;
    // C17 6.3.2.3p7: a pointer not correctly aligned for the referenced type.
    if ((a - this.arenaBase) % align !== 0) {
      this.raise({ kind: 'misaligned-access', access, address: a, required: align, size: n, alloc: this.info(p) }, site);
    }
    // Symbolic alignment (Miri's): an allocation aligned less than n may have landed on an aligned address by chance.
    if (this.symbolicAlignment && t.align[p]! < align) {
      this.raise({ kind: 'misaligned-access', access, address: a, required: align, size: n, alloc: this.info(p), allocAlign: t.align[p]! }, site);
    }
    if (access === 'read') this.initialized(a, p, n, site);
  }

  /** Raises unless `p` names a live allocation (null, made-up and dangling pointers). */
  live(a: number, p: number, n: number, access: Access, site: number | undefined): void {
    const t = this.table;
    if (!t.exists(p)) {
      // C17 6.5.3.2p4: the unary * operator applied to an invalid pointer.
      if (p === 0 && a >= 0 && a < NULL_PAGE) this.raise({ kind: 'null-dereference', access, address: a, size: n }, site);
      this.raise({ kind: 'dangling-pointer', access, address: a, size: n }, site);
    }
    // C17 6.2.4p2: the object's lifetime has ended.
    if (t.state[p] === STATE_FREE) {
      this.raise({ kind: 'use-after-free', access, alloc: this.info(p), offset: this.offset(a, p), size: n }, site);
    }
  }

  /** Raises unless [a, a+n) lies inside live allocation `p` (a function has no bytes to access). */
  inBounds(a: number, p: number, n: number, access: Access, site: number | undefined): void {
    const t = this.table;
    const off = this.offset(a, p);
    // C17 6.5.6p8: the access would be outside the array object.
    if (t.kind[p] === KIND_FUNCTION || !(n >= 0 && off >= 0 && off + n <= t.size[p]!)) {
      this.raise({ kind: 'out-of-bounds', access, alloc: this.info(p), offset: off, size: n }, site);
    }
  }

  /** C17 6.2.6.1p5 / J.2: reading an indeterminate (uninitialized) value. */
  initialized(a: number, p: number, n: number, site: number | undefined): void {
    const i = this.arena.firstUninit(a - this.arenaBase, n);
    if (i < 0) return;
    const off = this.offset(a, p);
    this.raise({ kind: 'uninitialized-read', alloc: this.info(p), offset: off, size: n, firstUninit: off + i }, site);
  }

  /** Pointer arithmetic: `to` must stay within [base, base+size] of `p` (C17 6.5.6p8). */
  arith(a: number, p: number, to: number, site: number | undefined): void {
    const t = this.table;
    if (!t.exists(p)) {
      if (to === a) return; // null + 0 (and any no-provenance pointer + 0) is fine
      this.raise({ kind: 'invalid-pointer-arithmetic', alloc: undefined, offset: 0, delta: to - a }, site);
    }
    if (t.state[p] === STATE_FREE) {
      this.raise({ kind: 'use-after-free', access: 'arithmetic', alloc: this.info(p), offset: this.offset(a, p), size: 0 }, site);
    }
    const off = this.offset(to, p);
    if (!(off >= 0 && off <= t.size[p]!)) {
      this.raise({ kind: 'invalid-pointer-arithmetic', alloc: this.info(p), offset: this.offset(a, p), delta: to - a }, site);
    }
  }

  /**
   * Subtraction (C17 6.5.6p9) and relational comparison (6.5.8p5) need both
   * pointers in the same live object. Two pointers without provenance are
   * plain integers and pass. The report names both allocations.
   */
  sameObject(a1: number, p1: number, a2: number, p2: number, site: number | undefined, op: 'subtract' | 'compare' = 'subtract'): void {
    const t = this.table;
    if (p1 !== p2) {
      const left = t.exists(p1) ? this.info(p1) : undefined;
      const right = t.exists(p2) ? this.info(p2) : undefined;
      this.raise({ kind: op === 'subtract' ? 'invalid-pointer-subtraction' : 'invalid-pointer-comparison', left, right }, site);
    }
    if (t.exists(p1) && t.state[p1] === STATE_FREE) {
      this.raise({ kind: 'use-after-free', access: 'arithmetic', alloc: this.info(p1), offset: this.offset(a1, p1), size: 0 }, site);
    }
  }
}
