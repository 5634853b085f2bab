import { describe, expect, it } from 'vitest';
import type { Ptr } from '../../../../src/memory/pointer.js';
import { Aborted, Exited, FakeMachine, NULL, at, ubOf } from '../fake-machine.js';

describe('malloc, calloc, free', () => {
  it('hands out uninitialized 16-byte aligned heap blocks', () => {
    const m = new FakeMachine();
    const p = m.callPtr('malloc', [24]);
    expect(p.addr % 16).toBe(0);
    expect(m.mem.kind(p.prov)).toBe('heap');
    expect(m.mem.size(p.prov)).toBe(24);
    expect(m.mem.firstUninit(p, 24)).toBe(0);
  });

  it('returns a unique pointer for malloc(0), as glibc', () => {
    const m = new FakeMachine();
    const a = m.callPtr('malloc', [0]);
    const b = m.callPtr('malloc', [0]);
    expect(a.addr).not.toBe(0);
    expect(a.prov).not.toBe(b.prov);
    m.call('free', [a]);
    m.call('free', [b]);
  });

  it('zeroes calloc blocks and returns NULL with ENOMEM when n * size overflows', () => {
    const m = new FakeMachine();
    const p = m.callPtr('calloc', [4, 8]);
    expect([...m.mem.readBytes(p, 32, true)].every((b) => b === 0)).toBe(true);
    expect(m.callPtr('calloc', [2n ** 62n, 8])).toEqual(NULL);
    expect(m.errno).toBe(12);
  });

  it('returns NULL with ENOMEM for a request larger than any machine could satisfy', () => {
    const m = new FakeMachine({ maxMemory: 1 << 20 });
    expect(m.callPtr('malloc', [2 ** 62])).toEqual(NULL);
    expect(m.callPtr('malloc', [(1 << 20) + 1])).toEqual(NULL);
    expect(m.errno).toBe(12);
  });

  it('ignores free(NULL)', () => {
    const m = new FakeMachine();
    expect(m.call('free', [NULL])).toBeUndefined();
  });

  it('reports a double free, an interior free and freeing a stack object', () => {
    const m = new FakeMachine();
    const p = m.callPtr('malloc', [8]);
    m.call('free', [p]);
    expect(ubOf(() => m.call('free', [p])).kind).toBe('double-free');
    const q = m.callPtr('malloc', [8]);
    expect(ubOf(() => m.call('free', [at(q, 4)]))).toMatchObject({ kind: 'invalid-free', reason: 'interior' });
    expect(ubOf(() => m.call('free', [m.buffer(8, 'stack')])).kind).toMatch(/invalid-free|mismatched-deallocation/);
  });
});

describe('realloc', () => {
  it('always moves the block, keeping contents, init state and provenance of the prefix', () => {
    const m = new FakeMachine();
    const p = m.callPtr('malloc', [16]);
    const target = m.callPtr('malloc', [1]);
    m.mem.writeBytes(p, Uint8Array.of(1, 2, 3, 4));
    m.mem.storePtr(at(p, 8), target);
    const q = m.callPtr('realloc', [p, 32]);
    expect(q.prov).not.toBe(p.prov);
    expect([...m.mem.readBytes(q, 4, true)]).toEqual([1, 2, 3, 4]);
    expect(m.mem.firstUninit(q, 8)).toBe(4);
    expect(m.mem.loadPtr(at(q, 8))).toEqual(target);
    expect(m.mem.firstUninit(at(q, 16), 16)).toBe(0);
    expect(ubOf(() => m.mem.readBytes(p, 1, false)).kind).toBe('use-after-free');
  });

  it('truncates when shrinking', () => {
    const m = new FakeMachine();
    const p = m.callPtr('malloc', [8]);
    m.mem.writeBytes(p, Uint8Array.of(9, 8, 7, 6, 5, 4, 3, 2));
    const q = m.callPtr('realloc', [p, 3]);
    expect(m.mem.size(q.prov)).toBe(3);
    expect([...m.mem.readBytes(q, 3, true)]).toEqual([9, 8, 7]);
  });

  it('acts as malloc for NULL and frees the block for size 0, returning NULL as glibc', () => {
    const m = new FakeMachine();
    const p = m.callPtr('realloc', [NULL, 8]);
    expect(m.mem.kind(p.prov)).toBe('heap');
    expect(m.callPtr('realloc', [p, 0])).toEqual(NULL);
    expect(m.mem.isLive(p.prov)).toBe(false);
  });

  it('reports realloc of a freed block or of a pointer into the middle of one', () => {
    const m = new FakeMachine();
    const p = m.callPtr('malloc', [8]);
    expect(ubOf(() => m.call('realloc', [at(p, 1), 16])).kind).toBe('invalid-free');
    m.call('free', [p]);
    expect(ubOf(() => m.call('realloc', [p, 16])).kind).toBe('double-free');
  });
});

describe('aligned_alloc and posix_memalign', () => {
  it('aligns the block and rejects an alignment that is not a power of two', () => {
    const m = new FakeMachine();
    const p = m.callPtr('aligned_alloc', [256, 512]);
    expect(p.addr % 256).toBe(0);
    expect(m.callPtr('aligned_alloc', [24, 48])).toEqual(NULL);
    expect(m.errno).toBe(22);
  });

  it('stores the block through its first argument and returns errors instead of setting errno', () => {
    const m = new FakeMachine();
    const slot = m.buffer(8);
    expect(m.call('posix_memalign', [slot, 64, 100])).toBe(0);
    const p = m.mem.loadPtr(slot);
    expect(p.addr % 64).toBe(0);
    expect(m.mem.size(p.prov)).toBe(100);
    expect(m.call('posix_memalign', [slot, 4, 100])).toBe(22);
    expect(ubOf(() => m.call('posix_memalign', [m.buffer(4), 64, 1])).kind).toBe('out-of-bounds');
  });
});

describe('program termination', () => {
  it('exits with the status, aborts, and registers atexit handlers', () => {
    const m = new FakeMachine();
    expect(() => m.call('exit', [3])).toThrow(Exited);
    expect(() => m.call('abort')).toThrow(Aborted);
    const fn: Ptr = { addr: 0x1000, prov: 7 };
    expect(m.call('atexit', [fn])).toBe(0);
    expect(m.atexitFns).toEqual([fn]);
    expect(ubOf(() => m.call('atexit', [NULL])).kind).toBe('invalid-argument');
  });
});

describe('abs, labs, llabs', () => {
  it('returns the absolute value', () => {
    const m = new FakeMachine();
    expect(m.call('abs', [-5])).toBe(5);
    expect(m.call('labs', [-(2 ** 40)])).toBe(2 ** 40);
    expect(m.call('llabs', [-9223372036854775807n])).toBe(9223372036854775807n);
  });

  it('reports abs of the most negative value as signed overflow', () => {
    const m = new FakeMachine();
    expect(ubOf(() => m.call('abs', [-2147483648]))).toEqual({ kind: 'signed-overflow', op: '-', type: 'int', left: '-2147483648', right: undefined });
    expect(ubOf(() => m.call('llabs', [-9223372036854775808n]))).toMatchObject({ kind: 'signed-overflow', type: 'long long' });
  });
});

describe('getenv', () => {
  it('returns the configured value from one read-only allocation per variable, and NULL when unset', () => {
    const m = new FakeMachine({ env: { HOME: '/home/c', EMPTY: '' } });
    const p = m.callPtr('getenv', [m.cstr('HOME')]);
    expect(m.read(p)).toBe('/home/c');
    expect(m.callPtr('getenv', [m.cstr('HOME')])).toEqual(p);
    expect(m.mem.kind(p.prov)).toBe('global');
    expect(m.read(m.callPtr('getenv', [m.cstr('EMPTY')]))).toBe('');
    expect(m.callPtr('getenv', [m.cstr('PATH')])).toEqual(NULL);
    expect(m.callPtr('getenv', [m.cstr('toString')])).toEqual(NULL);
    expect(ubOf(() => m.mem.writeBytes(p, Uint8Array.of(0))).kind).toBe('write-to-readonly');
  });
});

describe('rand and srand', () => {
  it('produces glibc\'s sequence: unseeded like srand(1), and for other seeds', () => {
    const m = new FakeMachine();
    expect([m.call('rand'), m.call('rand')]).toEqual([1804289383, 846930886]);
    m.call('srand', [42]);
    expect([m.call('rand'), m.call('rand'), m.call('rand')]).toEqual([71876166, 708592740, 1483128881]);
    m.call('srand', [4294967295]);
    expect([m.call('rand'), m.call('rand')]).toEqual([254925627, 1205188300]);
    m.call('srand', [0]);
    expect(m.call('rand')).toBe(1804289383);
    m.call('srand', [2147483648]);
    expect(m.call('rand')).toBe(1336741213);
  });
});
