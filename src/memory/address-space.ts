/**
 * The address space: where in the arena each allocation goes, and which
 * address the arena starts at (DESIGN.md decisions 10 and 11).
 *
 * The arena base is a page-aligned random address in [2^32, 2^46) drawn from
 * the seed's own 'alloc' stream, so addresses differ between seeds, repeat
 * for one seed, and stay far below 2^53 (exact JS numbers). New blocks are
 * bumped upwards with a small random gap before each, so that one past the
 * end of an allocation is never the start of the next. Freed blocks go to a
 * free list per size class and are handed out again in O(1), oldest first and
 * only once `QUARANTINE` younger blocks of the class wait behind them (as
 * AddressSanitizer's quarantine does): the allocation id is what catches a
 * dangling pointer, but a pointer rebuilt from an integer (permissive
 * provenance) can only find its freed block while nobody else lives there.
 *
 * Not here: growing the arena (the caller ensures `end` fits) or knowing
 * which allocation owns a block (arena.ts `owner`).
 *
 * Invariant: every block starts at a multiple of 16 (and of its alignment)
 * and its length is its size class, a multiple of 16, so blocks never share
 * a 16-byte granule.
 */
import seedrandom from 'seedrandom';

export const GRANULE = 16;
const PAGE = 4096;
const LOW = 2 ** 32;
const HIGH = 2 ** 46;
/** Room kept above the base for the arena's largest size. */
const RESERVE = 2 ** 33;
/** Freed blocks of a size class that stay unused before the oldest is handed out again. */
const QUARANTINE = 8;

export class AddressSpace {
  /** Address of arena offset 0. */
  readonly base: number;
  /** Offset past the highest block handed out so far (the arena must reach it). */
  end = 0;
  /** Size class -> offsets of free blocks of that class. */
  private readonly free = new Map<number, number[]>();
  private readonly random: () => number;

  constructor(seed: number) {
    this.random = seedrandom(`${seed}:alloc`);
    const pages = Math.floor((HIGH - RESERVE - LOW) / PAGE);
    this.base = LOW + Math.floor(this.random() * pages) * PAGE;
  }

  /**
   * Block length for a request of `size` bytes: multiples of 16 up to 1 KiB,
   * then four classes per power of two (at most 25% slack). A zero-size
   * request still gets address space, so each malloc(0) is unique.
   */
  static blockSize(size: number): number {
    if (size <= 1024) return Math.max(GRANULE, Math.ceil(size / GRANULE) * GRANULE);
    const step = 2 ** Math.floor(Math.log2(size - 1)) / 4;
    return Math.ceil(size / step) * step;
  }

  /** Arena offset of a block for `size` bytes aligned to `align` (a power of two). */
  place(size: number, align: number): number {
    const block = AddressSpace.blockSize(size);
    const list = this.free.get(block);
    if (list !== undefined && list.length > QUARANTINE) {
      const o = list[0]!;
      if (o % align === 0) {
        list.shift();
        return o;
      }
    }
    return this.bump(block, Math.max(align, GRANULE));
  }

  /** Puts a block back for reuse. */
  release(offset: number, size: number): void {
    const block = AddressSpace.blockSize(size);
    let list = this.free.get(block);
    if (list === undefined) {
      list = [];
      this.free.set(block, list);
    }
    list.push(offset);
  }

  /** Undoes the latest `place` (its block could not be backed by the arena). */
  unplace(offset: number, size: number): void {
    if (offset + AddressSpace.blockSize(size) === this.end) this.end = offset;
    else this.release(offset, size);
  }

  private bump(block: number, align: number): number {
    // Gap of 1 to 3 units, a unit being the alignment (at least a granule).
    const gap = align * (1 + Math.floor(this.random() * 3));
    const o = Math.ceil((this.end + gap) / align) * align;
    this.end = o + block;
    return o;
  }
}
