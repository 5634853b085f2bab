import { describe, expect, it } from 'vitest';
import { AddressSpace } from '../../../src/memory/address-space.js';

describe('the address space', () => {
  it('rounds small sizes to granules and large ones to quarter steps of a power of two', () => {
    expect(AddressSpace.blockSize(0)).toBe(16);
    expect(AddressSpace.blockSize(1)).toBe(16);
    expect(AddressSpace.blockSize(17)).toBe(32);
    expect(AddressSpace.blockSize(1024)).toBe(1024);
    expect(AddressSpace.blockSize(1025)).toBe(1280);
    expect(AddressSpace.blockSize(2048)).toBe(2048);
    expect(AddressSpace.blockSize(100_000)).toBe(114_688);
  });

  it('places a page-aligned arena base between 2^32 and 2^46', () => {
    for (const seed of [0, 7, 123456]) {
      const base = new AddressSpace(seed).base;
      expect(base % 4096).toBe(0);
      expect(base).toBeGreaterThanOrEqual(2 ** 32);
      expect(base).toBeLessThan(2 ** 46);
    }
  });

  it('honours alignments larger than a granule', () => {
    const s = new AddressSpace(3);
    s.place(10, 16);
    expect(s.place(100, 4096) % 4096).toBe(0);
    expect(s.place(8, 256) % 256).toBe(0);
  });

  it('hands released blocks of a size class out again oldest first, once eight younger ones wait behind them', () => {
    const s = new AddressSpace(1);
    const blocks = Array.from({ length: 10 }, (_, i) => s.place(40 + (i % 2) * 8, 16));
    for (const b of blocks) s.release(b, 48);
    const end = s.end;
    expect(s.place(33, 8)).toBe(blocks[0]);
    expect(s.place(48, 16)).toBe(blocks[1]);
    expect(s.end).toBe(end);
    // Eight left in quarantine: the next block is new.
    expect(s.place(48, 16)).toBeGreaterThanOrEqual(end);
  });

  it('does not reuse a block that is not aligned enough for the request', () => {
    const s = new AddressSpace(5);
    let a = s.place(16, 16);
    while (a % 4096 === 0) a = s.place(16, 16);
    const younger = Array.from({ length: 8 }, () => s.place(16, 16));
    s.release(a, 16);
    for (const b of younger) s.release(b, 16);
    expect(s.place(16, 4096) % 4096).toBe(0);
    expect(s.place(16, 16)).toBe(a);
  });

  it('leaves a gap before every new block', () => {
    const s = new AddressSpace(9);
    let prevEnd = s.place(16, 16) + 16;
    for (let i = 0; i < 100; i++) {
      const o = s.place(16, 16);
      expect(o).toBeGreaterThanOrEqual(prevEnd + 16);
      prevEnd = o + 16;
    }
  });
});
