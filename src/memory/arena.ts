/**
 * The arena: every allocation's bytes in one flat ArrayBuffer, plus three
 * shadows of it (DESIGN.md decision 10, performance notes 1.5):
 * - `init`: one byte per data byte, 1 when initialized, so an aligned 4-byte
 *   check is a single Int32Array read compared with 0x01010101;
 * - `prov`: one allocation id per 8-byte slot, the provenance of a pointer
 *   stored there by `stPtr` (0: none);
 * - `owner`: one allocation id per 16-byte granule, the live allocation whose
 *   block covers it, so an integer-to-pointer cast finds its allocation in O(1).
 *
 * The buffer is not resizable (resizable buffers make element access 5x
 * slower on Node 20): it grows by copying into a buffer twice as big and
 * re-creating the views; `onGrow` tells the hot helpers to pick them up.
 *
 * Offsets here are arena offsets (address minus the arena base); nothing in
 * this file checks bounds or liveness, callers do.
 *
 * Invariant: a `prov` slot is non-zero only while its 8 bytes hold, unchanged,
 * the pointer stored with that provenance.
 */

/** Largest arena: offsets must survive `>>> 0`. */
export const MAX_ARENA = 2 ** 32;
export const INIT_WORD = 0x01010101;

export class Arena {
  capacity: number;
  data!: Uint8Array;
  /** Little-endian scalar access (always pass `true`). */
  view!: DataView;
  init!: Uint8Array;
  init16!: Uint16Array;
  init32!: Int32Array;
  prov!: Int32Array;
  owner!: Int32Array;
  /** Called after the views were replaced by bigger ones. */
  onGrow: () => void = () => {};
  /** Called with the provenance of pointer bytes that are copied or read as plain bytes. */
  onExpose: (id: number) => void = () => {};

  constructor(initialCapacity: number) {
    this.capacity = initialCapacity;
    this.makeViews(new ArrayBuffer(initialCapacity), new ArrayBuffer(initialCapacity));
  }

  /** Grows so that offsets below `end` exist; false when that is impossible. */
  ensure(end: number): boolean {
    if (end <= this.capacity) return true;
    if (end > MAX_ARENA) return false;
    let cap = this.capacity;
    while (cap < end) cap *= 2;
    cap = Math.min(cap, MAX_ARENA);
    let data: ArrayBuffer, init: ArrayBuffer;
    try {
      data = new ArrayBuffer(cap);
      init = new ArrayBuffer(cap);
    } catch {
      return false; // the host has no room: reported as out of memory
    }
    const old = { data: this.data, init: this.init, prov: this.prov, owner: this.owner };
    this.capacity = cap;
    this.makeViews(data, init);
    this.data.set(old.data);
    this.init.set(old.init);
    this.prov.set(old.prov);
    this.owner.set(old.owner);
    this.onGrow();
    return true;
  }

  private makeViews(data: ArrayBuffer, init: ArrayBuffer): void {
    this.data = new Uint8Array(data);
    this.view = new DataView(data);
    this.init = new Uint8Array(init);
    this.init16 = new Uint16Array(init);
    this.init32 = new Int32Array(init);
    this.prov = new Int32Array(this.capacity / 8);
    this.owner = new Int32Array(this.capacity / 16);
  }

  /** A fresh block: uninitialized (or zeroed and initialized), no stored pointers. */
  prepare(o: number, n: number, zeroed: boolean): void {
    if (zeroed) this.data.fill(0, o, o + n);
    fillRange(this.init, zeroed ? 1 : 0, o, o + n);
    this.clearProv(o, n);
  }

  /** Records `id` as the owner of the granules of block [o, o+n); 0 releases them. */
  setOwner(o: number, n: number, id: number): void {
    fillRange(this.owner, id, o >>> 4, (o + Math.max(n, 1) + 15) >>> 4);
  }

  /** Forgets the pointers in every slot that overlaps [o, o+n). */
  clearProv(o: number, n: number): void {
    if (n > 0) fillRange(this.prov, 0, Math.floor(o / 8), Math.ceil((o + n) / 8));
  }

  /** Writes `byte` n times, marking the bytes initialized (memset, zeroing). */
  fill(o: number, byte: number, n: number): void {
    this.data.fill(byte, o, o + n);
    this.init.fill(1, o, o + n);
    this.clearProv(o, n);
  }

  /** Writes bytes as plain data (initialized, no provenance). */
  write(o: number, bytes: Uint8Array): void {
    this.data.set(bytes, o);
    this.init.fill(1, o, o + bytes.length);
    this.clearProv(o, bytes.length);
  }

  /** Index (from o) of the first byte of [o, o+n) that is not initialized, or -1. */
  firstUninit(o: number, n: number): number {
    const i = this.init.subarray(o, o + n).indexOf(0);
    return i;
  }

  /** Reading pointer bytes as plain bytes exposes the pointers' allocations. */
  exposeRange(o: number, n: number): void {
    if (n <= 0) return;
    const end = Math.ceil((o + n) / 8);
    for (let s = Math.floor(o / 8); s < end; s++) if (this.prov[s] !== 0) this.onExpose(this.prov[s]!);
  }

  /**
   * memmove of n bytes from s to d with their init state. Pointers move
   * along when source and destination agree modulo 8 (whole slots move);
   * otherwise, and for pointers cut at the ends, the bytes arrive as plain
   * data and the pointers' allocations are exposed.
   */
  copy(d: number, s: number, n: number): void {
    if (n <= 0 || d === s) return;
    if (((d | s | n) & 7) === 0) {
      this.prov.copyWithin(d >>> 3, s >>> 3, (s + n) >>> 3);
    } else {
      this.copyProvUnaligned(d, s, n);
    }
    this.data.copyWithin(d, s, s + n);
    this.init.copyWithin(d, s, s + n);
  }

  private copyProvUnaligned(d: number, s: number, n: number): void {
    if (((d - s) & 7) !== 0) {
      this.exposeRange(s, n);
      this.clearProv(d, n);
      return;
    }
    const first = Math.ceil(s / 8);
    const end = Math.floor((s + n) / 8);
    // Pointers cut by the ends of the range are copied as bytes.
    if (first * 8 !== s) this.exposeRange(s, 1);
    if (end * 8 !== s + n) this.exposeRange(s + n - 1, 1);
    if (first < end) this.prov.copyWithin(first + (d - s) / 8, first, end);
    if (d % 8 !== 0) this.prov[Math.floor(d / 8)] = 0;
    if ((d + n) % 8 !== 0) this.prov[Math.floor((d + n) / 8)] = 0;
  }
}

/** `array.fill` for a range; a plain loop is cheaper for the short ranges of small blocks. */
function fillRange(array: Uint8Array | Int32Array, value: number, start: number, end: number): void {
  if (end - start > 32) array.fill(value, start, end);
  else for (let i = start; i < end; i++) array[i] = value;
}
