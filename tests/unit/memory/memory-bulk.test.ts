import { describe, expect, it } from 'vitest';
import { NULL_PTR } from '../../../src/memory/pointer.js';
import { alloc, at, makeMemory, ubOf } from './fake-hooks.js';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('range checks for shims', () => {
  it('accepts any pointer, null included, for a length of zero', () => {
    const { mem } = makeMemory();
    expect(() => mem.checkRange(NULL_PTR, 0, 'write')).not.toThrow();
    expect(() => mem.copyBytes(NULL_PTR, NULL_PTR, 0, false, 'memcpy')).not.toThrow();
    expect(mem.readBytes(NULL_PTR, 0, true)).toEqual(new Uint8Array(0));
  });

  it('reports a range that runs past the end with the offset and length of the whole range', () => {
    const { mem } = makeMemory();
    const p = alloc(mem, 10);
    expect(ubOf(() => mem.checkRange(at(p, 2), 9, 'read'))).toMatchObject({ kind: 'out-of-bounds', access: 'read', offset: 2, size: 9 });
  });

  it('reports a negative length (a huge size_t) as out of bounds', () => {
    const { mem } = makeMemory();
    const p = alloc(mem, 10);
    expect(ubOf(() => mem.checkRange(p, -Number.MAX_SAFE_INTEGER, 'read'))).toMatchObject({ kind: 'out-of-bounds' });
    expect(ubOf(() => mem.checkRange(p, Number.MAX_SAFE_INTEGER, 'write'))).toMatchObject({ kind: 'out-of-bounds' });
  });

  it('reports a null range as a null dereference', () => {
    const { mem } = makeMemory();
    expect(ubOf(() => mem.checkRange(NULL_PTR, 4, 'write'))).toEqual({ kind: 'null-dereference', access: 'write', address: 0, size: 4 });
  });

  it('reports a write range in read-only memory', () => {
    const { mem } = makeMemory();
    const s = alloc(mem, 6, 'string', { align: 1 });
    mem.writeBytes(s, bytes('hello\0'));
    mem.setReadonly(s.prov);
    expect(() => mem.checkRange(s, 6, 'read')).not.toThrow();
    expect(ubOf(() => mem.fillBytes(s, 0, 1))).toMatchObject({ kind: 'write-to-readonly', offset: 0, size: 1 });
  });

  it('does not require alignment for byte ranges', () => {
    const { mem } = makeMemory();
    const p = alloc(mem, 16);
    expect(() => mem.checkRange(at(p, 3), 8, 'write')).not.toThrow();
  });
});

describe('bulk reads and writes', () => {
  it('writes bytes that then read back initialized', () => {
    const { mem } = makeMemory();
    const p = alloc(mem, 8);
    mem.writeBytes(p, new Uint8Array([1, 0, 0, 0, 2, 0, 0, 0]));
    expect(mem.hot.ldI32(p.addr + 4, p.prov, 0)).toBe(2);
    expect(mem.readBytes(p, 8, true)).toEqual(new Uint8Array([1, 0, 0, 0, 2, 0, 0, 0]));
  });

  it('reports the first uninitialized byte when a read requires initialized bytes', () => {
    const { mem } = makeMemory();
    const p = alloc(mem, 8);
    mem.writeBytes(p, new Uint8Array([1, 2, 3]));
    expect(ubOf(() => mem.readBytes(at(p, 1), 6, true))).toMatchObject({ kind: 'uninitialized-read', offset: 1, size: 6, firstUninit: 3 });
    expect(mem.readBytes(p, 8, false)).toHaveLength(8);
    expect(mem.firstUninit(p, 8)).toBe(3);
    expect(mem.firstUninit(p, 3)).toBe(-1);
  });

  it('returns a copy, not a view of the arena', () => {
    const { mem } = makeMemory();
    const p = alloc(mem, 2);
    mem.writeBytes(p, new Uint8Array([5, 6]));
    const got = mem.readBytes(p, 2, true);
    got[0] = 99;
    expect(mem.hot.ldU8(p.addr, p.prov, 0)).toBe(5);
  });

  it('fills bytes like memset, truncating the value to a byte', () => {
    const { mem } = makeMemory();
    const p = alloc(mem, 4);
    mem.fillBytes(p, 0x1ff, 4);
    expect(mem.hot.ldU32(p.addr, p.prov, 0)).toBe(0xffffffff);
  });

  it('loads and stores scalars of every kind with their checks', () => {
    const { mem } = makeMemory();
    const p = alloc(mem, 16);
    mem.storeScalar(p, 'u64', 2n ** 64n - 2n);
    expect(mem.loadScalar(p, 'u64')).toBe(2n ** 64n - 2n);
    expect(mem.loadScalar(p, 'i64')).toBe(-2);
    mem.storeScalar(at(p, 8), 'i32', -3);
    expect(mem.loadScalar(at(p, 8), 'u32')).toBe(2 ** 32 - 3);
    mem.storeScalar(at(p, 12), 'f32', 1.5);
    expect(mem.loadScalar(at(p, 12), 'f32')).toBe(1.5);
    mem.storeScalar(at(p, 8), 'u16', 70000);
    expect(mem.loadScalar(at(p, 8), 'u16')).toBe(70000 - 65536);
    expect(ubOf(() => mem.loadScalar(at(p, 2), 'i32'))).toMatchObject({ kind: 'misaligned-access' });
  });

  it('stores and loads pointers with provenance through the Ptr API', () => {
    const { mem } = makeMemory();
    const slot = alloc(mem, 8), target = alloc(mem, 8);
    mem.storePtr(slot, at(target, 3));
    expect(mem.loadPtr(slot)).toEqual(at(target, 3));
    expect(mem.hot.ldPtr(slot.addr, slot.prov, 0)).toBe(target.addr + 3);
    expect(mem.lastProv).toBe(target.prov);
  });
});

describe('copies', () => {
  it('reports overlapping ranges for memcpy with the offsets of both', () => {
    const { mem } = makeMemory();
    const p = alloc(mem, 16, 'heap', { zeroed: true });
    expect(ubOf(() => mem.copyBytes(at(p, 4), p, 8, false, 'memcpy'))).toMatchObject({ kind: 'overlapping-copy', fn: 'memcpy', dst: 4, src: 0, size: 8 });
  });

  it('copies overlapping ranges like memmove when overlap is allowed', () => {
    const { mem } = makeMemory();
    const p = alloc(mem, 8);
    mem.writeBytes(p, new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]));
    mem.copyBytes(at(p, 2), p, 6, true, 'memmove');
    expect(mem.readBytes(p, 8, true)).toEqual(new Uint8Array([1, 2, 1, 2, 3, 4, 5, 6]));
  });

  it('copies init state along with the bytes', () => {
    const { mem } = makeMemory();
    const src = alloc(mem, 8), dst = alloc(mem, 8, 'heap', { zeroed: true });
    mem.writeBytes(at(src, 4), new Uint8Array([9, 9, 9, 9]));
    mem.copyBytes(dst, src, 8, false, 'memcpy');
    expect(mem.firstUninit(dst, 8)).toBe(0);
    expect(mem.hot.ldI32(dst.addr + 4, dst.prov, 0)).toBe(0x09090909);
  });

  it('checks both ranges of a copy, the source first', () => {
    const { mem } = makeMemory();
    const a = alloc(mem, 4), b = alloc(mem, 8);
    expect(ubOf(() => mem.copyBytes(a, b, 8, false, 'memcpy'))).toMatchObject({ kind: 'out-of-bounds', access: 'write', size: 8 });
    expect(ubOf(() => mem.copyBytes(b, a, 8, false, 'memcpy'))).toMatchObject({ kind: 'out-of-bounds', access: 'read', size: 8 });
  });

  it('allows a record copy onto itself but reports partial overlap (C17 6.5.16.1p3)', () => {
    const { mem } = makeMemory();
    const p = alloc(mem, 32, 'heap', { zeroed: true });
    expect(() => mem.hot.copy(p.addr, p.prov, p.addr, p.prov, 16, 0)).not.toThrow();
    expect(ubOf(() => mem.hot.copy(p.addr + 8, p.prov, p.addr, p.prov, 16, 0))).toMatchObject({ kind: 'overlapping-copy', dst: 8, src: 0, size: 16 });
  });

  it('zeroes a range and marks it initialized', () => {
    const { mem } = makeMemory();
    const p = alloc(mem, 24);
    mem.hot.zero(p.addr, p.prov, 24, 0);
    expect(mem.hot.ldI64(p.addr + 16, p.prov, 0)).toBe(0);
    expect(ubOf(() => mem.hot.zero(p.addr, p.prov, 25, 0))).toMatchObject({ kind: 'out-of-bounds', access: 'write', size: 25 });
  });
});

describe('strlen', () => {
  it('measures a terminated string', () => {
    const { mem } = makeMemory();
    const s = alloc(mem, 10, 'heap', { align: 1 });
    mem.writeBytes(s, bytes('abc\0'));
    expect(mem.strlen(s)).toBe(3);
    expect(mem.strlen(at(s, 3))).toBe(0);
  });

  it('reports reading the first byte past the end when there is no NUL', () => {
    const { mem } = makeMemory();
    const s = alloc(mem, 3, 'heap', { align: 1 });
    mem.writeBytes(s, bytes('abc'));
    expect(ubOf(() => mem.strlen(at(s, 1)))).toMatchObject({ kind: 'out-of-bounds', access: 'read', offset: 3, size: 1 });
  });

  it('reports the first uninitialized byte before the terminator', () => {
    const { mem } = makeMemory();
    const s = alloc(mem, 8, 'heap', { align: 1 });
    mem.writeBytes(s, bytes('ab'));
    expect(ubOf(() => mem.strlen(s))).toMatchObject({ kind: 'uninitialized-read', offset: 0, firstUninit: 2 });
  });

  it('reports strlen of a null pointer as a null dereference', () => {
    const { mem } = makeMemory();
    expect(ubOf(() => mem.strlen(NULL_PTR))).toMatchObject({ kind: 'null-dereference', access: 'read' });
  });
});
