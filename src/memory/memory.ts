/**
 * The abstract machine's memory (memory-api.ts `MemoryApi`, DESIGN.md
 * decision 10): allocation and free with their checks, the bulk operations
 * shims use, provenance for integer-to-pointer casts, and the leak scan.
 *
 * It puts together one structure per file: the allocation table (ids, sizes,
 * states), the address space (where blocks go), the arena (bytes, init and
 * provenance shadows), the slow-path diagnoser and the hot helpers. Every
 * check failure goes through `hooks.raise`, which throws.
 *
 * Not here: the encodings of the hot path (hot.ts) and the reasons why an
 * access is UB (diagnose.ts).
 *
 * Invariant: `liveBytes` is the sum of the sizes of the live allocations and
 * never exceeds `maxMemory`.
 */
import type { AllocKind, AllocationInfo, Frame } from '../diagnostics/stop.js';
import type { HotMemory, MemoryApi, MemoryHooks } from './memory-api.js';
import type { Int64, Ptr } from './pointer.js';
import { AddressSpace } from './address-space.js';
import { AllocationTable, STATE_FREE } from './allocation-table.js';
import { Arena } from './arena.js';
import { Diagnoser } from './diagnose.js';
import { createHot } from './hot.js';
import { findLeaks } from './leaks.js';
import { readAddress, readScalar, SCALAR_SIZE, writeAddress, writeScalar, type ScalarName } from './scalars.js';

const INITIAL_ARENA = 4 * 1024 * 1024;
const NO_FRAMES: readonly Frame[] = [];

export class Memory implements MemoryApi {
  readonly hot: HotMemory;
  lastProv = 0;
  private live = 0;
  private readonly maxMemory: number;
  private readonly table = new AllocationTable();
  private readonly space: AddressSpace;
  private readonly arena = new Arena(INITIAL_ARENA);
  private readonly diag: Diagnoser;
  /** Address of arena offset 0. */
  private readonly ab: number;

  constructor(options: { seed: number; maxMemory: number; symbolicAlignment?: boolean }, private readonly hooks: MemoryHooks) {
    this.maxMemory = options.maxMemory;
    this.space = new AddressSpace(options.seed);
    this.ab = this.space.base;
    this.diag = new Diagnoser(this.table, this.arena, this.ab, hooks, (id) => this.info(id), options.symbolicAlignment === true);
    const { hot, refresh } = createHot({
      arena: this.arena, table: this.table, diag: this.diag, arenaBase: this.ab, target: this,
      symbolicAlignment: options.symbolicAlignment === true,
      provenanceFor: (addr) => this.provenanceFor(addr),
    });
    // Members of packed records: rare, so the bulk accessors serve them with the alignment they need.
    this.hot = {
      ...hot,
      ldPacked: (a, p, kind, align, site) => {
        if (kind !== 'ptr') return this.loadScalar({ addr: a, prov: p }, kind, align, site);
        const v = this.loadPtr({ addr: a, prov: p }, align, site);
        this.lastProv = v.prov;
        return v.addr;
      },
      stPacked: (a, p, kind, align, v, vp, site) => {
        if (kind === 'ptr') this.storePtr({ addr: a, prov: p }, { addr: v as number, prov: vp }, align, site);
        else this.storeScalar({ addr: a, prov: p }, kind, v, align, site);
      },
    };
    this.arena.onGrow = refresh;
    this.table.onGrow = refresh;
    this.arena.onExpose = (id) => this.expose(id);
  }

  get liveBytes(): number {
    return this.live;
  }

  // ---- allocations

  allocate(size: number, align: number, kind: AllocKind, name?: string, zeroed = false): number {
    if (!Number.isSafeInteger(size) || size < 0 || size > this.maxMemory - this.live) this.hooks.outOfMemory(size);
    const al = powerOfTwoAtLeast(align);
    const o = this.space.place(size, al);
    if (!this.arena.ensure(this.space.end)) {
      this.space.unplace(o, size);
      this.hooks.outOfMemory(size);
    }
    const id = this.table.add(o, size, al, kind, name, this.hooks.stackId());
    this.arena.prepare(o, size, zeroed);
    this.arena.setOwner(o, size, id);
    this.live += size;
    return id;
  }

  free(ptr: Ptr, kind: 'heap' | 'mmap', fn: string): void {
    const p = ptr.prov, t = this.table;
    // C17 7.22.3.3p2: the argument must come from an allocation function and not be freed yet.
    if (!t.exists(p)) {
      this.hooks.raise({ kind: 'invalid-free', reason: 'no-provenance', alloc: undefined, offset: 0, address: ptr.addr });
    }
    const actual = t.kindOf(p);
    const offset = this.diag.offset(ptr.addr, p);
    if (actual !== 'heap' && actual !== 'mmap') {
      this.hooks.raise({ kind: 'invalid-free', reason: 'not-heap', alloc: this.info(p), offset, address: ptr.addr });
    }
    if (t.state[p] === STATE_FREE) this.hooks.raise({ kind: 'double-free', alloc: this.info(p) });
    if (actual !== kind) {
      const expected = actual === 'heap' ? 'free' : 'munmap';
      this.hooks.raise({ kind: 'mismatched-deallocation', alloc: this.info(p), expected, actual: fn });
    }
    if (offset !== 0) this.hooks.raise({ kind: 'invalid-free', reason: 'interior', alloc: this.info(p), offset, address: ptr.addr });
    this.release(p);
  }

  freeStack(id: number): void {
    if (this.table.isLive(id)) this.release(id);
  }

  private release(id: number): void {
    const t = this.table, o = t.base[id]!, size = t.size[id]!;
    t.kill(id, this.hooks.stackId());
    this.live -= size;
    // An exposed block keeps its granules marked (negated) until they are reused, so an
    // integer cast back to a pointer into it finds it and the access reports use-after-free.
    this.arena.setOwner(o, size, t.exposed[id] === 1 ? -id : 0);
    this.space.release(o, size);
  }

  base(id: number): number {
    return this.table.exists(id) ? this.ab + this.table.base[id]! : 0;
  }

  size(id: number): number {
    return this.table.exists(id) ? this.table.size[id]! : 0;
  }

  kind(id: number): AllocKind {
    this.mustExist(id);
    return this.table.kindOf(id);
  }

  isLive(id: number): boolean {
    return this.table.isLive(id);
  }

  /** Whether `id` names an allocation, live or freed. */
  exists(id: number): boolean {
    return this.table.exists(id);
  }

  info(id: number): AllocationInfo {
    this.mustExist(id);
    const t = this.table;
    return {
      id, kind: t.kindOf(id), size: t.size[id]!, align: t.align[id]!, name: t.names[id],
      allocatedAt: this.frames(t.allocStack[id]!),
      freedAt: t.state[id] === STATE_FREE ? this.frames(t.freeStack[id]!) : undefined,
    };
  }

  setReadonly(id: number): void {
    if (this.table.exists(id)) this.table.setReadonly(id);
  }

  private frames(stack: number): readonly Frame[] {
    return stack === 0 ? NO_FRAMES : this.hooks.frames(stack);
  }

  /** An unknown id here is a bug in ciri, not in the C program. */
  private mustExist(id: number): void {
    if (!this.table.exists(id)) throw new RangeError(`memory: no allocation with id ${id}`);
  }

  // ---- bulk access for shims

  checkRange(ptr: Ptr, len: number, access: 'read' | 'write'): void {
    if (len !== 0) this.diag.access(ptr.addr, ptr.prov, len, access, false, undefined);
  }

  readBytes(ptr: Ptr, len: number, requireInit: boolean): Uint8Array {
    if (len === 0) return new Uint8Array(0);
    this.checkRange(ptr, len, 'read');
    if (requireInit) this.diag.initialized(ptr.addr, ptr.prov, len, undefined);
    const o = ptr.addr - this.ab;
    this.arena.exposeRange(o, len);
    return this.arena.data.slice(o, o + len);
  }

  writeBytes(ptr: Ptr, data: Uint8Array): void {
    if (data.length === 0) return;
    this.checkRange(ptr, data.length, 'write');
    this.arena.write(ptr.addr - this.ab, data);
  }

  copyBytes(dst: Ptr, src: Ptr, len: number, allowOverlap: boolean, fn: string): void {
    if (len === 0) return;
    this.checkRange(src, len, 'read');
    this.checkRange(dst, len, 'write');
    // C17 7.24.2.1p2: memcpy between overlapping objects is undefined.
    if (!allowOverlap && dst.addr < src.addr + len && src.addr < dst.addr + len) {
      this.hooks.raise({
        kind: 'overlapping-copy', fn, alloc: this.info(dst.prov),
        dst: this.diag.offset(dst.addr, dst.prov), src: this.diag.offset(src.addr, src.prov), size: len,
      });
    }
    this.arena.copy(dst.addr - this.ab, src.addr - this.ab, len);
  }

  fillBytes(dst: Ptr, byte: number, len: number): void {
    if (len === 0) return;
    this.checkRange(dst, len, 'write');
    this.arena.fill(dst.addr - this.ab, byte & 0xff, len);
  }

  strlen(ptr: Ptr): number {
    this.diag.access(ptr.addr, ptr.prov, 1, 'read', false, undefined);
    const t = this.table, o = ptr.addr - this.ab;
    const end = t.base[ptr.prov]! + t.size[ptr.prov]!;
    const nul = this.arena.data.subarray(o, end).indexOf(0);
    const scanned = nul < 0 ? end - o : nul + 1;
    // C17 7.24.6.3: the characters up to the terminating NUL are read.
    this.diag.initialized(ptr.addr, ptr.prov, scanned, undefined);
    if (nul < 0) {
      // No NUL inside the object: the first byte past its end would be read.
      this.hooks.raise({ kind: 'out-of-bounds', access: 'read', alloc: this.info(ptr.prov), offset: t.size[ptr.prov]!, size: 1 });
    }
    return nul;
  }

  firstUninit(ptr: Ptr, len: number): number {
    if (len === 0) return -1;
    this.checkRange(ptr, len, 'read');
    return this.arena.firstUninit(ptr.addr - this.ab, len);
  }

  /** `align` below the natural one: a member of a packed record (ldPacked); `site`: the access in generated code. */
  loadScalar(ptr: Ptr, kind: ScalarName, align: number = SCALAR_SIZE[kind], site?: number): number | bigint {
    const n = SCALAR_SIZE[kind];
    this.diag.access(ptr.addr, ptr.prov, n, 'read', true, site, align);
    const o = ptr.addr - this.ab;
    if (kind !== 'f32' && kind !== 'f64') this.arena.exposeRange(o, n);
    return readScalar(this.arena.view, o, kind);
  }

  storeScalar(ptr: Ptr, kind: ScalarName, value: Int64, align: number = SCALAR_SIZE[kind], site?: number): void {
    const n = SCALAR_SIZE[kind];
    this.diag.access(ptr.addr, ptr.prov, n, 'write', true, site, align);
    const o = ptr.addr - this.ab;
    writeScalar(this.arena.view, o, kind, value);
    this.arena.init.fill(1, o, o + n);
    this.arena.clearProv(o, n);
  }

  /**
   * A pointer whose 8 bytes do not fill one provenance slot (a packed member,
   * `align` < 8) has none stored: it was exposed when stored, and loading it
   * takes the exposed allocation (permissive provenance).
   */
  loadPtr(ptr: Ptr, align = 8, site?: number): Ptr {
    this.diag.access(ptr.addr, ptr.prov, 8, 'read', true, site, align);
    const o = ptr.addr - this.ab;
    const addr = readAddress(this.arena.view, o);
    const stored = (o & 7) === 0 ? this.arena.prov[o >>> 3]! : 0;
    return { addr, prov: stored !== 0 || addr === 0 ? stored : this.provenanceFor(addr) };
  }

  storePtr(ptr: Ptr, value: Ptr, align = 8, site?: number): void {
    this.diag.access(ptr.addr, ptr.prov, 8, 'write', true, site, align);
    const o = ptr.addr - this.ab;
    writeAddress(this.arena.view, o, value.addr);
    this.arena.init.fill(1, o, o + 8);
    if ((o & 7) === 0) {
      this.arena.prov[o >>> 3] = value.prov;
    } else {
      this.arena.clearProv(o, 8);
      this.expose(value.prov);
    }
  }

  // ---- provenance

  expose(prov: number): void {
    if (this.table.exists(prov)) this.table.exposed[prov] = 1;
  }

  /**
   * Permissive provenance: the exposed allocation whose bytes contain
   * `addr`, or that `addr` is one past the end of. Blocks never share a
   * 16-byte granule, so the granule of `addr` and the one before suffice.
   * A freed exposed block whose memory was not reused still counts (its
   * granules hold its negated id), so using the pointer is a use-after-free.
   */
  provenanceFor(addr: number): number {
    const o = addr - this.ab;
    if (!(Number.isInteger(o) && o >= 0 && o <= this.arena.capacity)) return 0;
    const owner = this.arena.owner;
    const here = o < this.arena.capacity ? Math.abs(owner[o >>> 4]!) : 0;
    if (this.exposedAround(here, o)) return here;
    const before = o > 0 ? Math.abs(owner[(o - 1) >>> 4]!) : 0;
    return this.exposedAround(before, o) ? before : 0;
  }

  private exposedAround(id: number, o: number): boolean {
    const t = this.table;
    return id !== 0 && t.exposed[id] === 1 && o >= t.base[id]! && o <= t.base[id]! + t.size[id]!;
  }

  // ---- exit

  leaks(): { id: number; reachable: boolean }[] {
    return findLeaks(this.table, this.arena);
  }
}

/** Alignments are powers of two; anything else is rounded up to one. */
function powerOfTwoAtLeast(align: number): number {
  let a = 1;
  while (a < align && a < 2 ** 30) a *= 2;
  return a;
}
