import { describe, expect, it } from 'vitest';
import { at, FakeMachine, NULL, ubOf, Unsupported } from '../fake-machine.js';
import type { Ptr } from '../../../../src/memory/pointer.js';

const PROT_RW = 0x3;
const MAP_SHARED = 0x01;
const MAP_PRIVATE = 0x02;
const MAP_ANON = 0x20;
const EINVAL = 22;
const ENOMEM = 12;
const EBADF = 9;
/** The address of `(void *)-1`: addresses are signed numbers (memory/pointer.ts). */
const MAP_FAILED_ADDR = -1;

function map(m: FakeMachine, len: number, opts: { prot?: number; flags?: number; fd?: number; offset?: number | bigint; hint?: Ptr } = {}): Ptr {
  return m.callPtr('mmap', [opts.hint ?? NULL, len, opts.prot ?? PROT_RW, opts.flags ?? (MAP_PRIVATE | MAP_ANON), opts.fd ?? -1, opts.offset ?? 0]);
}

function unsupportedOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof Unsupported) return e.message;
    throw e;
  }
  throw new Error('expected an unsupported stop, but the call returned');
}

describe('mmap', () => {
  it('gives a page-aligned, zero-filled mapping rounded up to whole pages', () => {
    const m = new FakeMachine();
    const p = map(m, 100);
    expect(p.addr % 4096).toBe(0);
    expect(m.mem.kind(p.prov)).toBe('mmap');
    expect(m.mem.size(p.prov)).toBe(4096);
    expect(m.mem.base(p.prov)).toBe(p.addr);
    expect(m.mem.readBytes(p, 4096, true).every((b) => b === 0)).toBe(true);
    expect(ubOf(() => m.mem.readBytes(p, 4097, true))).toMatchObject({ kind: 'out-of-bounds' });
  });

  it('keeps mappings page-aligned under other seeds and after heap blocks', () => {
    for (const seed of [1, 2, 3, 77]) {
      const m = new FakeMachine({ seed });
      m.buffer(24, 'heap');
      const a = map(m, 8192);
      const b = map(m, 1);
      expect([a.addr % 4096, b.addr % 4096]).toEqual([0, 0]);
      expect(m.mem.info(a.prov).align).toBe(4096);
    }
  });

  it('supports a shared anonymous mapping like a private one and ignores the hint, fd and a page-aligned offset', () => {
    const m = new FakeMachine();
    const hint = { addr: 0x10000, prov: 0 };
    const p = map(m, 10, { flags: MAP_SHARED | MAP_ANON, fd: 5, offset: 8192, hint });
    expect(p.addr).not.toBe(0x10000);
    expect(m.mem.kind(p.prov)).toBe('mmap');
  });

  it('fails with EINVAL for a zero length, a mapping type other than exactly one of MAP_SHARED or MAP_PRIVATE, or an unaligned offset', () => {
    const m = new FakeMachine();
    const cases: Parameters<typeof map>[2][] = [
      { flags: MAP_ANON }, { flags: MAP_SHARED | MAP_PRIVATE | MAP_ANON }, { flags: 0x06 | MAP_ANON }, { offset: 5 }, { offset: 4097n },
    ];
    for (const opts of cases) {
      m.setErrno(0);
      expect(map(m, 10, opts)).toEqual({ addr: MAP_FAILED_ADDR, prov: 0 });
      expect(m.errno).toBe(EINVAL);
    }
    m.setErrno(0);
    expect(map(m, 0).addr).toBe(MAP_FAILED_ADDR);
    expect(m.errno).toBe(EINVAL);
  });

  it('checks the errors before what ciri does not support, as Linux has no such stop', () => {
    const m = new FakeMachine();
    expect(map(m, 0, { flags: 0x10 | MAP_ANON, prot: 0 }).addr).toBe(MAP_FAILED_ADDR);
    expect(m.errno).toBe(EINVAL);
  });

  it('fails with ENOMEM for a length no machine could map', () => {
    const m = new FakeMachine({ maxMemory: 1 << 20 });
    expect(map(m, 2 ** 47).addr).toBe(MAP_FAILED_ADDR);
    expect(m.errno).toBe(ENOMEM);
    m.setErrno(0);
    expect(map(m, (1 << 20) + 1).addr).toBe(MAP_FAILED_ADDR);
    expect(m.errno).toBe(ENOMEM);
    expect(map(m, 1 << 19).addr % 4096).toBe(0);
  });

  it('stops as unsupported naming the flag, the protection or the file mapping it was asked for', () => {
    const m = new FakeMachine();
    expect(unsupportedOf(() => map(m, 10, { flags: MAP_PRIVATE | MAP_ANON | 0x10 }))).toMatch(/^`mmap` with MAP_FIXED:/);
    expect(unsupportedOf(() => map(m, 10, { flags: MAP_PRIVATE | MAP_ANON | 0x4000 | 0x8000 | 0x40000000 })))
      .toMatch(/^`mmap` with MAP_NORESERVE \| MAP_POPULATE \| 0x40000000:/);
    expect(unsupportedOf(() => map(m, 10, { prot: 0 }))).toMatch(/protection PROT_NONE:/);
    expect(unsupportedOf(() => map(m, 10, { prot: 1 }))).toMatch(/protection PROT_READ:/);
    expect(unsupportedOf(() => map(m, 10, { prot: 7 }))).toMatch(/protection PROT_READ \| PROT_WRITE \| PROT_EXEC:/);
    expect(unsupportedOf(() => map(m, 10, { flags: MAP_PRIVATE, fd: 0 }))).toMatch(/of a file/);
  });

  it('fails a file mapping of an fd that is not open with EBADF, before the length check', () => {
    const m = new FakeMachine();
    expect(map(m, 0, { flags: 0, fd: 3 }).addr).toBe(MAP_FAILED_ADDR);
    expect(m.errno).toBe(EBADF);
  });
});

describe('munmap', () => {
  it('frees a whole mapping, after which an access is a use-after-free', () => {
    const m = new FakeMachine();
    const p = map(m, 8192);
    expect(m.call('munmap', [p, 8192])).toBe(0);
    expect(m.mem.isLive(p.prov)).toBe(false);
    expect(ubOf(() => m.mem.loadScalar(p, 'i32'))).toMatchObject({ kind: 'use-after-free', alloc: { kind: 'mmap' } });
  });

  it('rounds the length up to whole pages, as Linux does', () => {
    const m = new FakeMachine();
    const p = map(m, 100);
    expect(m.call('munmap', [p, 100])).toBe(0);
    expect(m.mem.isLive(p.prov)).toBe(false);
  });

  it('fails with EINVAL for an unaligned address, a zero length or a range past the user address space', () => {
    const m = new FakeMachine();
    const p = map(m, 8192);
    expect(m.call('munmap', [at(p, 1), 4096])).toBe(-1);
    expect(m.errno).toBe(EINVAL);
    m.setErrno(0);
    expect(m.call('munmap', [p, 0])).toBe(-1);
    expect(m.errno).toBe(EINVAL);
    m.setErrno(0);
    expect(m.call('munmap', [NULL, 0])).toBe(-1);
    expect(m.errno).toBe(EINVAL);
    m.setErrno(0);
    expect(m.call('munmap', [{ addr: MAP_FAILED_ADDR, prov: 0 }, 4096])).toBe(-1);
    expect(m.call('munmap', [{ addr: 2 ** 47 - 4096, prov: 0 }, 4096])).toBe(-1);
    expect(m.mem.isLive(p.prov)).toBe(true);
  });

  it('returns 0 for a range where ciri has no mapping, as Linux does for an unmapped range', () => {
    const m = new FakeMachine();
    expect(m.call('munmap', [NULL, 4096])).toBe(0);
    expect(m.call('munmap', [{ addr: 0x10000, prov: 0 }, 4096])).toBe(0);
    const p = map(m, 4096);
    expect(m.call('munmap', [at(p, 4096), 4096])).toBe(0);
    expect(m.mem.isLive(p.prov)).toBe(true);
  });

  it('reports unmapping part of a mapping, naming the pages', () => {
    const m = new FakeMachine();
    const p = map(m, 3 * 4096);
    expect(ubOf(() => m.call('munmap', [p, 4096]))).toMatchObject({ kind: 'partial-munmap', offset: 0, size: 4096, alloc: { id: p.prov } });
    expect(ubOf(() => m.call('munmap', [at(p, 4096), 1]))).toMatchObject({ kind: 'partial-munmap', offset: 4096, size: 4096 });
    expect(ubOf(() => m.call('munmap', [at(p, 8192), 8192]))).toMatchObject({ kind: 'partial-munmap', offset: 8192, size: 4096 });
    expect(m.mem.isLive(p.prov)).toBe(true);
  });

  it('stops as unsupported for a range that covers a mapping and more', () => {
    const m = new FakeMachine();
    const p = map(m, 4096);
    expect(unsupportedOf(() => m.call('munmap', [p, 8192]))).toMatch(/beyond the 4096-byte mapping/);
  });

  it('reports memory that did not come from mmap as a mismatched deallocation, aligned or not', () => {
    const m = new FakeMachine();
    const heap = m.buffer(64, 'heap');
    expect(ubOf(() => m.call('munmap', [heap, 64]))).toMatchObject({ kind: 'mismatched-deallocation', expected: 'free', actual: 'munmap' });
    const local = m.buffer(16, 'stack');
    expect(ubOf(() => m.call('munmap', [local, 0]))).toMatchObject({ kind: 'mismatched-deallocation', expected: 'none', alloc: { kind: 'stack' } });
    expect(m.mem.isLive(heap.prov)).toBe(true);
  });

  it('reports a second munmap of a mapping as a double munmap', () => {
    const m = new FakeMachine();
    const p = map(m, 4096);
    m.call('munmap', [p, 4096]);
    expect(ubOf(() => m.call('munmap', [p, 4096]))).toMatchObject({ kind: 'double-free', alloc: { kind: 'mmap' } });
  });

  it('finds the mapping of an address made from an exposed pointer', () => {
    const m = new FakeMachine();
    const p = map(m, 4096);
    m.mem.expose(p.prov);
    expect(m.call('munmap', [{ addr: p.addr, prov: 0 }, 4096])).toBe(0);
    expect(m.mem.isLive(p.prov)).toBe(false);
  });
});

describe('mapped memory and the heap functions', () => {
  it('reports free and realloc of mapped memory as mismatched deallocations', () => {
    const m = new FakeMachine();
    const p = map(m, 4096);
    expect(ubOf(() => m.call('free', [p]))).toMatchObject({ kind: 'mismatched-deallocation', expected: 'munmap', actual: 'free' });
    expect(ubOf(() => m.call('realloc', [p, 10]))).toMatchObject({ kind: 'mismatched-deallocation', expected: 'munmap', actual: 'realloc' });
    expect(m.mem.isLive(p.prov)).toBe(true);
  });

  it('never counts a mapping as a leak, but keeps heap blocks it points to reachable', () => {
    const m = new FakeMachine();
    const p = map(m, 4096);
    const block = m.callPtr('malloc', [8]);
    m.mem.storePtr(p, block);
    expect(m.mem.leaks()).toEqual([{ id: block.prov, reachable: true }]);
  });
});

describe('getpagesize', () => {
  it('is 4096', () => {
    expect(new FakeMachine().call('getpagesize')).toBe(4096);
  });
});
