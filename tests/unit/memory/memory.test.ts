import { describe, expect, it } from 'vitest';
import { alloc, at, makeMemory, OutOfMemory, ubOf } from './fake-hooks.js';

const SITE = 1;

describe('allocate and free', () => {
  it('gives each allocation an address aligned as requested and records size, kind and name', () => {
    const { mem } = makeMemory();
    const id = mem.allocate(24, 64, 'stack', 'buf');
    expect(mem.base(id) % 64).toBe(0);
    expect(mem.size(id)).toBe(24);
    expect(mem.kind(id)).toBe('stack');
    expect(mem.info(id)).toMatchObject({ id, kind: 'stack', size: 24, align: 64, name: 'buf', freedAt: undefined });
  });

  it('keeps distinct allocations apart so that one past the end never starts another', () => {
    const { mem } = makeMemory();
    const ids = Array.from({ length: 50 }, () => mem.allocate(16, 16, 'heap'));
    for (let i = 1; i < ids.length; i++) expect(mem.base(ids[i]!)).toBeGreaterThan(mem.base(ids[i - 1]!) + 16);
  });

  it('gives every zero-size allocation its own address but no bytes', () => {
    const { mem } = makeMemory();
    const a = alloc(mem, 0), b = alloc(mem, 0);
    expect(a.addr).not.toBe(b.addr);
    expect(mem.size(a.prov)).toBe(0);
    expect(ubOf(() => mem.hot.ldU8(a.addr, a.prov, SITE))).toMatchObject({ kind: 'out-of-bounds', offset: 0, size: 1 });
  });

  it('counts live bytes and reports exceeding the memory limit as out of memory', () => {
    const { mem } = makeMemory(1, 1000);
    const a = alloc(mem, 600);
    expect(mem.liveBytes).toBe(600);
    expect(() => alloc(mem, 600)).toThrow(OutOfMemory);
    mem.free(a, 'heap', 'free');
    expect(mem.liveBytes).toBe(0);
    expect(() => alloc(mem, 600)).not.toThrow();
  });

  it('reports a double free', () => {
    const { mem } = makeMemory();
    const p = alloc(mem, 8);
    mem.free(p, 'heap', 'free');
    expect(ubOf(() => mem.free(p, 'heap', 'free'))).toMatchObject({ kind: 'double-free', alloc: { id: p.prov } });
  });

  it('reports freeing a pointer into the middle of a block as an interior free', () => {
    const { mem } = makeMemory();
    const p = alloc(mem, 8);
    expect(ubOf(() => mem.free(at(p, 4), 'heap', 'free'))).toMatchObject({ kind: 'invalid-free', reason: 'interior', offset: 4, address: p.addr + 4 });
  });

  it('reports freeing stack, global, string and function memory as not heap', () => {
    const { mem } = makeMemory();
    for (const kind of ['stack', 'global', 'string', 'function'] as const) {
      const p = alloc(mem, 4, kind);
      expect(ubOf(() => mem.free(p, 'heap', 'free'))).toMatchObject({ kind: 'invalid-free', reason: 'not-heap', alloc: { kind } });
    }
  });

  it('reports freeing a pointer without provenance', () => {
    const { mem } = makeMemory();
    const p = alloc(mem, 8);
    expect(ubOf(() => mem.free({ addr: p.addr, prov: 0 }, 'heap', 'free'))).toEqual({ kind: 'invalid-free', reason: 'no-provenance', alloc: undefined, offset: 0, address: p.addr });
  });

  it('reports free of mmap memory and munmap of heap memory as mismatched deallocations', () => {
    const { mem } = makeMemory();
    const m = alloc(mem, 4096, 'mmap', { align: 4096 });
    const h = alloc(mem, 16);
    expect(ubOf(() => mem.free(m, 'heap', 'free'))).toMatchObject({ kind: 'mismatched-deallocation', expected: 'munmap', actual: 'free' });
    expect(ubOf(() => mem.free(h, 'mmap', 'munmap'))).toMatchObject({ kind: 'mismatched-deallocation', expected: 'free', actual: 'munmap' });
    expect(() => mem.free(m, 'mmap', 'munmap')).not.toThrow();
  });

  it('ends a stack slot so that a pointer to it dangles, and ignores ending it twice', () => {
    const { mem } = makeMemory();
    const s = alloc(mem, 4, 'stack', { align: 4, zeroed: true });
    mem.freeStack(s.prov);
    mem.freeStack(s.prov);
    expect(mem.isLive(s.prov)).toBe(false);
    expect(ubOf(() => mem.hot.ldI32(s.addr, s.prov, SITE))).toMatchObject({ kind: 'use-after-free', access: 'read' });
  });

  it('reuses freed addresses under new ids while the old provenance still reports use after free', () => {
    const { mem } = makeMemory();
    const addresses = new Set<number>();
    let old = alloc(mem, 48, 'heap', { zeroed: true });
    const first = old;
    for (let i = 0; i < 1000; i++) {
      mem.free(old, 'heap', 'free');
      const fresh = alloc(mem, 40);
      expect(fresh.prov).not.toBe(old.prov);
      addresses.add(fresh.addr);
      old = fresh;
    }
    // Freed blocks wait in a quarantine of eight per size class before they are reused.
    expect(addresses.size).toBeLessThan(12);
    expect(addresses.has(first.addr)).toBe(true);
    expect(ubOf(() => mem.hot.ldI32(first.addr, first.prov, SITE))).toMatchObject({ kind: 'use-after-free', alloc: { id: first.prov } });
  });

  it('makes a reused block uninitialized again', () => {
    const { mem } = makeMemory();
    const a = alloc(mem, 8, 'heap', { zeroed: true });
    const others = Array.from({ length: 8 }, () => alloc(mem, 8));
    mem.free(a, 'heap', 'free');
    for (const o of others) mem.free(o, 'heap', 'free');
    const b = alloc(mem, 8);
    expect(b.addr).toBe(a.addr);
    expect(ubOf(() => mem.hot.ldI64(b.addr, b.prov, SITE))).toMatchObject({ kind: 'uninitialized-read' });
  });
});

describe('addresses from the seed', () => {
  const layout = (seed: number) => {
    const { mem } = makeMemory(seed);
    return [16, 100, 7, 4096, 0].map((n) => mem.base(mem.allocate(n, 16, 'heap')));
  };

  it('gives the same addresses for the same seed', () => {
    expect(layout(42)).toEqual(layout(42));
  });

  it('gives different addresses for different seeds', () => {
    expect(layout(1)[0]).not.toBe(layout(2)[0]);
  });

  it('keeps addresses above 4 GiB, below 2^46 and page-aligned at the start', () => {
    for (const seed of [0, 1, 2, 3]) {
      const [first] = layout(seed);
      expect(first).toBeGreaterThanOrEqual(2 ** 32);
      expect(first).toBeLessThan(2 ** 46);
    }
  });
});

describe('arena growth', () => {
  it('keeps data, init state and stored pointers when the arena grows', () => {
    const { mem } = makeMemory();
    const p = alloc(mem, 16);
    const q = alloc(mem, 8);
    mem.hot.st32(p.addr, p.prov, 1234, SITE);
    mem.hot.stPtr(p.addr + 8, p.prov, q.addr, q.prov, SITE);
    const big = alloc(mem, 20 * 1024 * 1024);
    mem.hot.st64(big.addr + 20 * 1024 * 1024 - 8, big.prov, -7, SITE);
    expect(mem.hot.ldI32(p.addr, p.prov, SITE)).toBe(1234);
    expect(mem.hot.ldPtr(p.addr + 8, p.prov, SITE)).toBe(q.addr);
    expect(mem.lastProv).toBe(q.prov);
    expect(ubOf(() => mem.hot.ldI32(p.addr + 4, p.prov, SITE))).toMatchObject({ kind: 'uninitialized-read' });
    expect(mem.hot.ldI64(big.addr + 20 * 1024 * 1024 - 8, big.prov, SITE)).toBe(-7);
  });

  it('grows the allocation table past its first thousand rows', () => {
    const { mem } = makeMemory();
    const ptrs = Array.from({ length: 3000 }, () => alloc(mem, 8));
    const last = ptrs[ptrs.length - 1]!;
    mem.hot.st64(last.addr, last.prov, 99, SITE);
    expect(mem.hot.ldI64(last.addr, last.prov, SITE)).toBe(99);
    mem.free(last, 'heap', 'free');
    expect(ubOf(() => mem.hot.ldI64(last.addr, last.prov, SITE))).toMatchObject({ kind: 'use-after-free' });
  });
});
