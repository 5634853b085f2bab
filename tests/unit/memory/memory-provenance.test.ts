import { describe, expect, it } from 'vitest';
import { alloc, at, makeMemory, ubOf } from './fake-hooks.js';

const SITE = 0;

describe('provenance of stored pointers', () => {
  it('carries a pointer\'s provenance through an aligned memcpy', () => {
    const { mem } = makeMemory();
    const target = alloc(mem, 4);
    const src = alloc(mem, 16), dst = alloc(mem, 16);
    mem.storePtr(at(src, 8), target);
    mem.writeBytes(src, new Uint8Array(8));
    mem.copyBytes(dst, src, 16, false, 'memcpy');
    expect(mem.loadPtr(at(dst, 8))).toEqual(target);
  });

  it('carries provenance when source and destination agree modulo 8 but not modulo 16', () => {
    const { mem } = makeMemory();
    const target = alloc(mem, 4);
    const src = alloc(mem, 32), dst = alloc(mem, 32);
    mem.writeBytes(src, new Uint8Array(32));
    mem.storePtr(at(src, 8), target);
    mem.copyBytes(at(dst, 12), at(src, 4), 12, false, 'memcpy');
    expect(mem.loadPtr(at(dst, 16))).toEqual(target);
    expect(mem.provenanceFor(target.addr)).toBe(0);
  });

  it('carries provenance through a record copy', () => {
    const { mem } = makeMemory();
    const target = alloc(mem, 4);
    const a = alloc(mem, 16), b = alloc(mem, 16);
    mem.hot.zero(a.addr, a.prov, 16, SITE);
    mem.hot.stPtr(a.addr, a.prov, target.addr, target.prov, SITE);
    mem.hot.copy(b.addr, b.prov, a.addr, a.prov, 16, SITE);
    expect(mem.hot.ldPtr(b.addr, b.prov, SITE)).toBe(target.addr);
    expect(mem.lastProv).toBe(target.prov);
  });

  it('clears provenance when an integer overwrites the pointer', () => {
    const { mem } = makeMemory();
    const target = alloc(mem, 4, 'heap', { zeroed: true });
    const slot = alloc(mem, 8);
    mem.hot.stPtr(slot.addr, slot.prov, target.addr, target.prov, SITE);
    mem.hot.st64(slot.addr, slot.prov, target.addr, SITE);
    const a = mem.hot.ldPtr(slot.addr, slot.prov, SITE);
    expect(a).toBe(target.addr);
    expect(mem.lastProv).toBe(0);
    expect(ubOf(() => mem.hot.ldI32(a, mem.lastProv, SITE))).toMatchObject({ kind: 'dangling-pointer' });
  });

  it('clears provenance when a single byte of the pointer is overwritten', () => {
    const { mem } = makeMemory();
    const target = alloc(mem, 4);
    const slot = alloc(mem, 8);
    mem.storePtr(slot, target);
    const low = mem.hot.ldU8(slot.addr, slot.prov, SITE);
    mem.hot.st8(slot.addr + 7, slot.prov, 0, SITE);
    mem.hot.st8(slot.addr, slot.prov, low, SITE);
    // The byte store exposed nothing new, but the ldU8 above exposed the target.
    expect(mem.loadPtr(slot)).toEqual(target);
    const other = alloc(mem, 4);
    mem.storePtr(slot, other);
    mem.writeBytes(at(slot, 7), new Uint8Array([0]));
    expect(mem.loadPtr(slot)).toEqual({ addr: other.addr, prov: 0 });
  });

  it('drops provenance through a misaligned copy and exposes the allocation instead', () => {
    const { mem } = makeMemory();
    const target = alloc(mem, 4);
    const src = alloc(mem, 8), dst = alloc(mem, 16);
    mem.storePtr(src, target);
    mem.copyBytes(at(dst, 3), src, 8, false, 'memcpy');
    mem.copyBytes(at(dst, 8), at(dst, 3), 8, true, 'memmove');
    expect(mem.loadPtr(at(dst, 8))).toEqual(target);
  });
});

describe('integer-to-pointer casts (permissive provenance)', () => {
  it('finds no provenance for an address whose allocation was never exposed', () => {
    const { mem } = makeMemory();
    const p = alloc(mem, 16);
    expect(mem.provenanceFor(p.addr + 4)).toBe(0);
  });

  it('finds the exposed allocation containing an address, up to one past its end', () => {
    const { mem } = makeMemory();
    const p = alloc(mem, 16);
    const q = alloc(mem, 5);
    mem.expose(p.prov);
    mem.expose(q.prov);
    expect(mem.provenanceFor(p.addr)).toBe(p.prov);
    expect(mem.provenanceFor(p.addr + 15)).toBe(p.prov);
    expect(mem.provenanceFor(p.addr + 16)).toBe(p.prov);
    expect(mem.provenanceFor(q.addr + 5)).toBe(q.prov);
    expect(mem.provenanceFor(q.addr + 6)).toBe(0);
    expect(mem.provenanceFor(p.addr - 1)).toBe(0);
    expect(mem.provenanceFor(0)).toBe(0);
    expect(mem.provenanceFor(12345)).toBe(0);
  });

  it('finds a freed exposed allocation while its range is unused (so the access is a use after free), and nothing once it is reused', () => {
    const { mem } = makeMemory();
    const p = alloc(mem, 16);
    const others = Array.from({ length: 8 }, () => alloc(mem, 16));
    mem.expose(p.prov);
    mem.free(p, 'heap', 'free');
    expect(mem.provenanceFor(p.addr)).toBe(p.prov);
    for (const o of others) mem.free(o, 'heap', 'free');
    const q = alloc(mem, 16);
    expect(q.addr).toBe(p.addr);
    expect(mem.provenanceFor(q.addr)).toBe(0);
    mem.expose(q.prov);
    expect(mem.provenanceFor(q.addr)).toBe(q.prov);
  });

  it('exposes an allocation when a pointer to it is loaded as an integer', () => {
    const { mem } = makeMemory();
    const target = alloc(mem, 8);
    const slot = alloc(mem, 8);
    mem.storePtr(slot, target);
    expect(mem.provenanceFor(target.addr)).toBe(0);
    expect(mem.hot.ldU64(slot.addr, slot.prov, SITE)).toBe(target.addr);
    expect(mem.provenanceFor(target.addr)).toBe(target.prov);
  });

  it('exposes an allocation when a shim reads the pointer bytes', () => {
    const { mem } = makeMemory();
    const target = alloc(mem, 8);
    const slot = alloc(mem, 8);
    mem.storePtr(slot, target);
    mem.readBytes(slot, 8, false);
    expect(mem.provenanceFor(target.addr + 8)).toBe(target.prov);
  });

  it('gives a loaded integer address the provenance of the exposed allocation', () => {
    const { mem } = makeMemory();
    const target = alloc(mem, 8, 'heap', { zeroed: true });
    const slot = alloc(mem, 8);
    mem.expose(target.prov);
    mem.hot.st64(slot.addr, slot.prov, target.addr + 4, SITE);
    expect(mem.hot.ldPtr(slot.addr, slot.prov, SITE)).toBe(target.addr + 4);
    expect(mem.lastProv).toBe(target.prov);
  });
});
