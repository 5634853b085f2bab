import { describe, expect, it } from 'vitest';
import { alloc, makeMemory, siteOf, ubOf } from './fake-hooks.js';

const SITE = 7;

describe('hot loads and stores', () => {
  it('round-trips signed and unsigned integers of every width, negative values included', () => {
    const { mem } = makeMemory();
    const h = mem.hot;
    const p = alloc(mem, 64);
    h.st8(p.addr, p.prov, -5, SITE);
    expect(h.ldI8(p.addr, p.prov, SITE)).toBe(-5);
    expect(h.ldU8(p.addr, p.prov, SITE)).toBe(251);
    h.st16(p.addr + 2, p.prov, -2, SITE);
    expect(h.ldI16(p.addr + 2, p.prov, SITE)).toBe(-2);
    expect(h.ldU16(p.addr + 2, p.prov, SITE)).toBe(0xfffe);
    h.st32(p.addr + 4, p.prov, -123456789, SITE);
    expect(h.ldI32(p.addr + 4, p.prov, SITE)).toBe(-123456789);
    expect(h.ldU32(p.addr + 4, p.prov, SITE)).toBe(2 ** 32 - 123456789);
    h.st32(p.addr + 4, p.prov, 0xffffffff, SITE);
    expect(h.ldU32(p.addr + 4, p.prov, SITE)).toBe(0xffffffff);
  });

  it('stores little-endian bytes, as x86-64 does', () => {
    const { mem } = makeMemory();
    const p = alloc(mem, 8);
    mem.hot.st32(p.addr, p.prov, 0x11223344, SITE);
    expect(mem.hot.ldU8(p.addr, p.prov, SITE)).toBe(0x44);
    expect(mem.hot.ldU8(p.addr + 3, p.prov, SITE)).toBe(0x11);
  });

  it('round-trips 64-bit values as numbers when safe and as bigints beyond 2^53', () => {
    const { mem } = makeMemory();
    const h = mem.hot;
    const p = alloc(mem, 16);
    for (const v of [0, 1, -1, 2 ** 40 + 3, -(2 ** 53) + 1, 2 ** 53 - 1]) {
      h.st64(p.addr, p.prov, v, SITE);
      expect(h.ldI64(p.addr, p.prov, SITE)).toBe(v);
    }
    h.st64(p.addr, p.prov, -(2n ** 63n), SITE);
    expect(h.ldI64(p.addr, p.prov, SITE)).toBe(-(2n ** 63n));
    h.st64(p.addr, p.prov, -(2n ** 53n), SITE);
    expect(h.ldI64(p.addr, p.prov, SITE)).toBe(-(2n ** 53n));
    h.st64(p.addr, p.prov, 2n ** 64n - 1n, SITE);
    expect(h.ldU64(p.addr, p.prov, SITE)).toBe(2n ** 64n - 1n);
    expect(h.ldI64(p.addr, p.prov, SITE)).toBe(-1);
    h.st64(p.addr, p.prov, -1, SITE);
    expect(h.ldU64(p.addr, p.prov, SITE)).toBe(2n ** 64n - 1n);
    h.st64(p.addr, p.prov, 2 ** 53 - 1, SITE);
    expect(h.ldU64(p.addr, p.prov, SITE)).toBe(2 ** 53 - 1);
  });

  it('round-trips floats and doubles, float rounding to single precision', () => {
    const { mem } = makeMemory();
    const h = mem.hot;
    const p = alloc(mem, 16);
    h.stF64(p.addr, p.prov, Math.PI, SITE);
    expect(h.ldF64(p.addr, p.prov, SITE)).toBe(Math.PI);
    h.stF32(p.addr + 8, p.prov, Math.PI, SITE);
    expect(h.ldF32(p.addr + 8, p.prov, SITE)).toBe(Math.fround(Math.PI));
    h.stF64(p.addr, p.prov, -0, SITE);
    expect(Object.is(h.ldF64(p.addr, p.prov, SITE), -0)).toBe(true);
  });

  it('round-trips a pointer with its provenance through lastProv', () => {
    const { mem } = makeMemory();
    const slot = alloc(mem, 8);
    const target = alloc(mem, 4);
    mem.hot.stPtr(slot.addr, slot.prov, target.addr + 2, target.prov, SITE);
    expect(mem.hot.ldPtr(slot.addr, slot.prov, SITE)).toBe(target.addr + 2);
    expect(mem.lastProv).toBe(target.prov);
  });

  it('loads a stored null pointer with no provenance', () => {
    const { mem } = makeMemory();
    const slot = alloc(mem, 8);
    mem.hot.stPtr(slot.addr, slot.prov, 0, 0, SITE);
    mem.lastProv = 99;
    expect(mem.hot.ldPtr(slot.addr, slot.prov, SITE)).toBe(0);
    expect(mem.lastProv).toBe(0);
  });

  it('works when called unbound, as generated code calls it', () => {
    const { mem } = makeMemory();
    const { st32, ldI32 } = mem.hot;
    const p = alloc(mem, 4);
    st32(p.addr, p.prov, 42, SITE);
    expect(ldI32(p.addr, p.prov, SITE)).toBe(42);
  });
});

describe('hot checks', () => {
  it('reports reading a freshly allocated int as uninitialized', () => {
    const { mem } = makeMemory();
    const p = alloc(mem, 8);
    const ub = ubOf(() => mem.hot.ldI32(p.addr + 4, p.prov, SITE));
    expect(ub).toMatchObject({ kind: 'uninitialized-read', offset: 4, size: 4, firstUninit: 4 });
  });

  it('reports the first uninitialized byte of a partial read', () => {
    const { mem } = makeMemory();
    const p = alloc(mem, 8);
    mem.hot.st16(p.addr, p.prov, 1, SITE);
    mem.hot.st8(p.addr + 2, p.prov, 1, SITE);
    const ub = ubOf(() => mem.hot.ldI64(p.addr, p.prov, SITE));
    expect(ub).toMatchObject({ kind: 'uninitialized-read', offset: 0, size: 8, firstUninit: 3 });
  });

  it('lets a character read see an uninitialized byte (C17 6.2.6.1p5 is about non-character types)', () => {
    const { mem } = makeMemory();
    const p = alloc(mem, 1);
    expect(() => mem.hot.ldU8(p.addr, p.prov, SITE)).not.toThrow();
  });

  it('treats zeroed allocations as initialized', () => {
    const { mem } = makeMemory();
    const p = alloc(mem, 8, 'heap', { zeroed: true });
    expect(mem.hot.ldI64(p.addr, p.prov, SITE)).toBe(0);
  });

  it('reports reading past the end with the offset and size of the access', () => {
    const { mem } = makeMemory();
    const p = alloc(mem, 10, 'heap', { zeroed: true });
    const ub = ubOf(() => mem.hot.ldI32(p.addr + 8, p.prov, SITE));
    expect(ub).toMatchObject({ kind: 'out-of-bounds', access: 'read', offset: 8, size: 4, alloc: { id: p.prov, size: 10 } });
  });

  it('reports writing before the start as out of bounds at a negative offset', () => {
    const { mem } = makeMemory();
    const p = alloc(mem, 16);
    const ub = ubOf(() => mem.hot.st32(p.addr - 4, p.prov, 0, SITE));
    expect(ub).toMatchObject({ kind: 'out-of-bounds', access: 'write', offset: -4, size: 4 });
  });

  it('reports a null dereference for a pointer with no provenance in the first page', () => {
    const { mem } = makeMemory();
    expect(ubOf(() => mem.hot.ldI32(0, 0, SITE))).toEqual({ kind: 'null-dereference', access: 'read', address: 0, size: 4 });
    expect(ubOf(() => mem.hot.st64(16, 0, 1, SITE))).toEqual({ kind: 'null-dereference', access: 'write', address: 16, size: 8 });
  });

  it('reports a dangling pointer for a made-up address with no provenance', () => {
    const { mem } = makeMemory();
    const p = alloc(mem, 8);
    expect(ubOf(() => mem.hot.ldI32(p.addr, 0, SITE))).toEqual({ kind: 'dangling-pointer', access: 'read', address: p.addr, size: 4 });
  });

  it('reports use after free with the offset into the freed allocation', () => {
    const { mem, hooks } = makeMemory();
    hooks.stack = 3;
    const p = alloc(mem, 16, 'heap', { zeroed: true });
    hooks.stack = 5;
    mem.free(p, 'heap', 'free');
    const ub = ubOf(() => mem.hot.st32(p.addr + 4, p.prov, 1, SITE));
    expect(ub).toMatchObject({ kind: 'use-after-free', access: 'write', offset: 4, size: 4 });
    if (ub.kind !== 'use-after-free') throw new Error('unreachable');
    expect(ub.alloc.allocatedAt[0]!.fn).toBe('f3');
    expect(ub.alloc.freedAt![0]!.fn).toBe('f5');
  });

  it('reports a misaligned int access with the required alignment', () => {
    const { mem } = makeMemory();
    const p = alloc(mem, 16, 'heap', { zeroed: true });
    expect(ubOf(() => mem.hot.ldI32(p.addr + 2, p.prov, SITE))).toMatchObject({ kind: 'misaligned-access', access: 'read', address: p.addr + 2, required: 4, size: 4 });
    expect(ubOf(() => mem.hot.stPtr(p.addr + 4, p.prov, 0, 0, SITE))).toMatchObject({ kind: 'misaligned-access', access: 'write', required: 8 });
    expect(ubOf(() => mem.hot.st16(p.addr + 1, p.prov, 0, SITE))).toMatchObject({ kind: 'misaligned-access', required: 2 });
  });

  it('reports a write to a read-only allocation and still allows reading it', () => {
    const { mem } = makeMemory();
    const p = alloc(mem, 4, 'string', { zeroed: true });
    mem.setReadonly(p.prov);
    expect(mem.hot.ldI32(p.addr, p.prov, SITE)).toBe(0);
    expect(ubOf(() => mem.hot.st8(p.addr + 1, p.prov, 65, SITE))).toMatchObject({ kind: 'write-to-readonly', offset: 1, size: 1 });
  });

  it('reports any access to a function allocation as out of bounds', () => {
    const { mem } = makeMemory();
    const f = alloc(mem, 1, 'function', { align: 1, name: 'main' });
    expect(ubOf(() => mem.hot.ldU8(f.addr, f.prov, SITE))).toMatchObject({ kind: 'out-of-bounds', access: 'read', offset: 0, size: 1 });
    expect(ubOf(() => mem.hot.st8(f.addr, f.prov, 0, SITE))).toMatchObject({ kind: 'out-of-bounds', access: 'write' });
  });

  it('passes the site id of the access to raise', () => {
    const { mem } = makeMemory();
    expect(siteOf(() => mem.hot.ldF64(0, 0, 1234))).toBe(1234);
  });

  it('reports an access through a provenance id that was never handed out as a dangling pointer', () => {
    const { mem } = makeMemory();
    expect(ubOf(() => mem.hot.ldI32(2 ** 40, 99, SITE))).toMatchObject({ kind: 'dangling-pointer' });
  });
});

describe('pointer arithmetic, subtraction and comparison checks', () => {
  it('allows arithmetic up to one past the end and reports going further (C17 6.5.6p8)', () => {
    const { mem } = makeMemory();
    const p = alloc(mem, 16);
    expect(() => mem.hot.arith(p.addr, p.prov, p.addr + 16, SITE)).not.toThrow();
    expect(ubOf(() => mem.hot.arith(p.addr + 4, p.prov, p.addr + 17, SITE))).toMatchObject({ kind: 'invalid-pointer-arithmetic', offset: 4, delta: 13 });
    expect(ubOf(() => mem.hot.arith(p.addr, p.prov, p.addr - 1, SITE))).toMatchObject({ kind: 'invalid-pointer-arithmetic', offset: 0, delta: -1 });
  });

  it('allows null plus zero and reports null plus anything else', () => {
    const { mem } = makeMemory();
    expect(() => mem.hot.arith(0, 0, 0, SITE)).not.toThrow();
    expect(ubOf(() => mem.hot.arith(0, 0, 8, SITE))).toEqual({ kind: 'invalid-pointer-arithmetic', alloc: undefined, offset: 0, delta: 8 });
  });

  it('reports arithmetic on a freed pointer as use after free', () => {
    const { mem } = makeMemory();
    const p = alloc(mem, 16);
    mem.free(p, 'heap', 'free');
    expect(ubOf(() => mem.hot.arith(p.addr, p.prov, p.addr + 1, SITE))).toMatchObject({ kind: 'use-after-free', access: 'arithmetic' });
  });

  it('reports subtracting or comparing pointers into different objects', () => {
    const { mem } = makeMemory();
    const a = alloc(mem, 8), b = alloc(mem, 8);
    expect(() => mem.hot.diff(a.addr + 8, a.prov, a.addr, a.prov, SITE)).not.toThrow();
    expect(() => mem.hot.relcmp(a.addr, a.prov, a.addr + 4, a.prov, SITE)).not.toThrow();
    expect(ubOf(() => mem.hot.diff(a.addr, a.prov, b.addr, b.prov, SITE))).toMatchObject({ kind: 'invalid-pointer-subtraction', left: { id: a.prov }, right: { id: b.prov } });
    expect(ubOf(() => mem.hot.relcmp(a.addr, a.prov, 0, 0, SITE))).toMatchObject({ kind: 'invalid-pointer-comparison', left: { id: a.prov }, right: undefined });
  });

  it('lets two pointers without provenance be subtracted like integers', () => {
    const { mem } = makeMemory();
    expect(() => mem.hot.diff(100, 0, 40, 0, SITE)).not.toThrow();
  });
});
