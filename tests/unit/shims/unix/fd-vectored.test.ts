import { describe, expect, it } from 'vitest';
import { at, FakeMachine, ubOf } from '../fake-machine.js';
import type { Ptr } from '../../../../src/memory/pointer.js';
import { O_WRONLY } from '../../../../src/shims/files.js';
import { bytes, install, machine, MemFile, text } from './fd-helpers.js';

const EBADF = 9, EINVAL = 22, ESPIPE = 29;

/** An iovec array with one entry per [buffer, length]; `room` extra entries' worth of bytes stay uninitialized. */
function iovec(m: FakeMachine, entries: [Ptr, number | bigint][], room = 0): Ptr {
  const arr = m.buffer(16 * (entries.length + room));
  entries.forEach(([base, len], i) => {
    m.mem.storePtr(at(arr, 16 * i), base);
    m.mem.storeScalar(at(arr, 16 * i + 8), 'u64', len);
  });
  return arr;
}

describe('writev', () => {
  it('gathers the buffers in order into one write', () => {
    const m = machine({ shortIo: false });
    const f = new MemFile();
    const fd = install(m, f);
    const iov = iovec(m, [[m.cstr('abc'), 3], [m.cstr(''), 0], [m.cstr('de'), 2]]);
    expect(m.call('writev', [fd, iov, 3])).toBe(5);
    expect(text(f.bytes)).toBe('abcde');
  });

  it('writes a prefix of the gathered bytes when the write is short', () => {
    const m = machine({ seed: 1 });
    const f = new MemFile();
    const fd = install(m, f);
    const counts = new Set<number>();
    let expected = '';
    for (let i = 0; i < 12; i++) {
      const n = m.call('writev', [fd, iovec(m, [[m.cstr('ab'), 2], [m.cstr('cdef'), 4]]), 2]) as number;
      counts.add(n);
      expected += 'abcdef'.slice(0, n);
    }
    expect(counts).toEqual(new Set([3, 6]));
    expect(text(f.bytes)).toBe(expected);
  });

  it('reports an uninitialized byte in a later buffer before touching the fd, even a closed one', () => {
    const m = machine();
    const iov = iovec(m, [[m.cstr('ok'), 2], [m.buffer(4, 'heap', [1, 2]), 4]]);
    expect(ubOf(() => m.call('writev', [77, iov, 2]))).toMatchObject({ kind: 'uninitialized-read' });
  });

  it('reports an iovec array shorter than iovcnt', () => {
    const m = machine();
    const iov = iovec(m, [[m.cstr('a'), 1]]);
    expect(ubOf(() => m.call('writev', [1, iov, 2]))).toMatchObject({ kind: 'out-of-bounds' });
  });

  it('reports an iovec entry that was never written', () => {
    const m = machine();
    const iov = iovec(m, [[m.cstr('a'), 1]], 1);
    expect(ubOf(() => m.call('writev', [1, iov, 2]))).toMatchObject({ kind: 'uninitialized-read' });
  });
});

describe('readv', () => {
  it('fills the first buffers first when fewer bytes are waiting than they hold', () => {
    const m = machine({ shortIo: false });
    const fd = install(m, new MemFile(bytes('hello')));
    const [a, b, c] = [m.buffer(3), m.buffer(4), m.buffer(2)];
    expect(m.call('readv', [fd, iovec(m, [[a, 3], [b, 4], [c, 2]]), 3])).toBe(5);
    expect(text(m.mem.readBytes(a, 3, true))).toBe('hel');
    expect(text(m.mem.readBytes(b, 2, true))).toBe('lo');
    expect(m.mem.firstUninit(b, 4)).toBe(2);
    expect(m.mem.firstUninit(c, 2)).toBe(0);
  });

  it('checks every buffer over its whole length before reading', () => {
    const m = machine();
    const f = new MemFile(bytes('xy'));
    const fd = install(m, f);
    const iov = iovec(m, [[m.buffer(4), 4], [m.buffer(2), 8]]);
    expect(ubOf(() => m.call('readv', [fd, iov, 2]))).toMatchObject({ kind: 'out-of-bounds', access: 'write' });
    expect(f.pos).toBe(0);
  });

  it('returns 0 for no buffers and fails with EBADF on a fd not open for reading', () => {
    const m = machine();
    const fd = install(m, new MemFile(bytes('abc')));
    expect(m.call('readv', [fd, iovec(m, []), 0])).toBe(0);
    const wo = install(m, new MemFile(bytes('abc'), {}, O_WRONLY));
    expect(m.call('readv', [wo, iovec(m, [[m.buffer(1), 1]]), 1])).toBe(-1);
    expect(m.errno).toBe(EBADF);
  });
});

describe('errno of the vectored calls', () => {
  it('fails with EINVAL for iovcnt below 0 or above IOV_MAX', () => {
    const m = machine();
    const iov = iovec(m, [[m.cstr('a'), 1]]);
    expect(m.call('writev', [1, iov, -1])).toBe(-1);
    expect(m.errno).toBe(EINVAL);
    m.setErrno(0);
    expect(m.call('writev', [1, iov, 1025])).toBe(-1);
    expect(m.errno).toBe(EINVAL);
  });

  it('fails with EINVAL when the lengths add up to more than SSIZE_MAX, without checking the buffers', () => {
    const m = machine();
    const half = 2n ** 62n;
    const iov = iovec(m, [[m.buffer(1), half], [m.buffer(1), half]]);
    expect(m.call('writev', [1, iov, 2])).toBe(-1);
    expect(m.errno).toBe(EINVAL);
    expect(m.call('readv', [0, iovec(m, [[m.buffer(1), 2n ** 64n - 1n]]), 1])).toBe(-1);
    expect(m.errno).toBe(EINVAL);
  });

  it('prefers EBADF to EINVAL, as Linux does', () => {
    const m = machine();
    expect(m.call('readv', [50, iovec(m, []), -1])).toBe(-1);
    expect(m.errno).toBe(EBADF);
    expect(m.call('readv', [1, iovec(m, []), 2000])).toBe(-1);
    expect(m.errno).toBe(EBADF);
  });
});

describe('preadv and pwritev', () => {
  it('transfer at the offset and leave the file offset alone', () => {
    const m = machine({ shortIo: false });
    const f = new MemFile(bytes('0123456789'));
    const fd = install(m, f);
    const [a, b] = [m.buffer(2), m.buffer(2)];
    expect(m.call('preadv', [fd, iovec(m, [[a, 2], [b, 2]]), 2, 4])).toBe(4);
    expect(text(m.mem.readBytes(a, 2, true)) + text(m.mem.readBytes(b, 2, true))).toBe('4567');
    expect(m.call('pwritev', [fd, iovec(m, [[m.cstr('X'), 1], [m.cstr('Y'), 1]]), 2, 8])).toBe(2);
    expect(text(f.bytes)).toBe('01234567XY');
    expect(f.pos).toBe(0);
  });

  it('fail with ESPIPE on a stream and with EINVAL for a negative offset, before EBADF', () => {
    const m = machine();
    expect(m.call('pwritev', [1, iovec(m, [[m.cstr('a'), 1]]), 1, 0])).toBe(-1);
    expect(m.errno).toBe(ESPIPE);
    expect(m.call('preadv', [99, iovec(m, [[m.buffer(1), 1]]), 1, -1])).toBe(-1);
    expect(m.errno).toBe(EINVAL);
  });
});
