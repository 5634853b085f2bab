import { describe, expect, it } from 'vitest';
import { Deadlocked, FakeMachine, NULL, ubOf } from '../fake-machine.js';
import type { Ptr } from '../../../../src/memory/pointer.js';
import { virtualClock } from '../../../../src/concurrency/clock.js';
import { fdTable, FileDescription, type FileKind } from '../../../../src/shims/files.js';
import { pairFds, pipeFds, put, withErrno } from './unnamed-socket-helpers.js';

const POLLIN = 0x1, POLLOUT = 0x4, POLLERR = 0x8, POLLHUP = 0x10, POLLNVAL = 0x20, POLLRDNORM = 0x40, POLLRDHUP = 0x2000;
const EBADF = 9, EINVAL = 22;

function pollfds(m: FakeMachine, entries: [number, number][]): Ptr {
  const p = m.buffer(8 * entries.length);
  entries.forEach(([fd, events], i) => {
    m.mem.storeScalar({ addr: p.addr + 8 * i, prov: p.prov }, 'i32', fd);
    m.mem.storeScalar({ addr: p.addr + 8 * i + 4, prov: p.prov }, 'i16', events);
  });
  return p;
}

const revents = (m: FakeMachine, p: Ptr, n: number): number[] =>
  Array.from({ length: n }, (_, i) => Number(m.mem.loadScalar({ addr: p.addr + 8 * i + 6, prov: p.prov }, 'u16')));

/** An fd_set (128 bytes) with the given fds. */
function fdSet(m: FakeMachine, fds: number[]): Ptr {
  const bytes = new Uint8Array(128);
  for (const fd of fds) bytes[fd >> 3]! |= 1 << (fd & 7);
  return m.buffer(128, 'stack', bytes);
}

const members = (m: FakeMachine, set: Ptr, below: number): number[] => {
  const bytes = m.mem.readBytes(set, 8, true);
  return Array.from({ length: below }, (_, fd) => fd).filter((fd) => (bytes[fd >> 3]! & (1 << (fd & 7))) !== 0);
};

describe('poll', () => {
  it('reports the asked events that hold, POLLNVAL for a closed fd and nothing for a negative one', () => {
    const m = new FakeMachine();
    const [r, w] = pipeFds(m);
    put(m, w, 'x');
    const p = pollfds(m, [[r, POLLIN | POLLRDNORM | POLLOUT], [w, POLLIN], [42, POLLIN], [-1, POLLIN]]);
    expect(m.call('poll', [p, 4, 0])).toBe(2);
    expect(revents(m, p, 4)).toEqual([POLLIN | POLLRDNORM, 0, POLLNVAL, 0]);
  });

  it('reports POLLHUP and POLLERR even when they were not asked for', () => {
    const m = new FakeMachine();
    const [r, w] = pipeFds(m);
    const [r2, w2] = pipeFds(m);
    m.call('close', [w]);
    m.call('close', [r2]);
    const p = pollfds(m, [[r, 0], [w2, 0]]);
    expect(m.call('poll', [p, 2, 0])).toBe(2);
    expect(revents(m, p, 2)).toEqual([POLLHUP, POLLERR]);
  });

  it('sees a peer shutting down writing as POLLRDHUP and POLLIN', () => {
    const m = new FakeMachine();
    const [a, b] = pairFds(m);
    m.call('shutdown', [b, 1]);
    const p = pollfds(m, [[a, POLLIN | POLLRDHUP]]);
    expect(m.call('poll', [p, 1, 0])).toBe(1);
    expect(revents(m, p, 1)).toEqual([POLLIN | POLLRDHUP]);
  });

  it('finds regular files always ready for reading and writing, as Linux\'s default poll mask', () => {
    class RegularFile extends FileDescription {
      override get kind(): FileKind { return 'file'; }
    }
    const m = new FakeMachine();
    const fd = (fdTable(m).insert(new RegularFile('a file')) as { value: number }).value;
    const p = pollfds(m, [[fd, POLLIN | POLLOUT]]);
    expect(m.call('poll', [p, 1, -1])).toBe(1);
    expect(revents(m, p, 1)).toEqual([POLLIN | POLLOUT]);
  });

  it('finds the standard streams ready, since ciri\'s stdin and stdout never block', () => {
    const m = new FakeMachine({ stdin: () => new Uint8Array(0) });
    const p = pollfds(m, [[0, POLLIN], [1, POLLOUT]]);
    expect(m.call('poll', [p, 2, -1])).toBe(2);
    expect(revents(m, p, 2)).toEqual([POLLIN, POLLOUT]);
  });

  it('lets a finite timeout pass on the virtual clock and deadlocks an infinite one', () => {
    const m = new FakeMachine();
    const [r] = pipeFds(m);
    const p = pollfds(m, [[r, POLLIN]]);
    expect(m.call('poll', [p, 1, 40])).toBe(0);
    expect(virtualClock(m).now()).toBe(40_000_000n);
    expect(() => m.call('poll', [p, 1, -1])).toThrow(Deadlocked);
    expect(() => m.call('ppoll', [p, 1, NULL, NULL])).toThrow(/the one fd it polls is not ready/);
  });

  it('checks the whole pollfd array and rejects more fds than RLIMIT_NOFILE', () => {
    const m = new FakeMachine();
    const p = pollfds(m, [[0, POLLIN]]);
    expect(ubOf(() => m.call('poll', [p, 2, 0]))).toMatchObject({ kind: 'out-of-bounds' });
    expect(withErrno(m, () => m.call('poll', [p, 1025, 0]))).toEqual([-1, EINVAL]);
  });
});

describe('select', () => {
  it('keeps the fds that are ready in each set and counts them', () => {
    const m = new FakeMachine();
    const [r, w] = pipeFds(m);
    const [r2] = pipeFds(m);
    put(m, w, 'x');
    const rd = fdSet(m, [r, r2]);
    const wr = fdSet(m, [w]);
    expect(m.call('select', [r2 + 1, rd, wr, NULL, NULL])).toBe(2);
    expect(members(m, rd, 16)).toEqual([r]);
    expect(members(m, wr, 16)).toEqual([w]);
  });

  it('fails with EBADF when a set names a closed fd', () => {
    const m = new FakeMachine();
    expect(withErrno(m, () => m.call('select', [11, fdSet(m, [10]), NULL, NULL, NULL]))).toEqual([-1, EBADF]);
  });

  it('writes back the time left, zero after a timeout, and keeps pselect\'s timespec', () => {
    const m = new FakeMachine();
    const [r] = pipeFds(m);
    const tv = m.buffer(16);
    m.mem.storeScalar(tv, 'i64', 1);
    m.mem.storeScalar({ addr: tv.addr + 8, prov: tv.prov }, 'i64', 250000);
    expect(m.call('select', [r + 1, fdSet(m, [r]), NULL, NULL, tv])).toBe(0);
    expect([m.mem.loadScalar(tv, 'i64'), m.mem.loadScalar({ addr: tv.addr + 8, prov: tv.prov }, 'i64')]).toEqual([0, 0]);
    expect(virtualClock(m).now()).toBe(1_250_000_000n);
    const ts = m.buffer(16);
    m.mem.storeScalar(ts, 'i64', 2);
    m.mem.storeScalar({ addr: ts.addr + 8, prov: ts.prov }, 'i64', 5);
    expect(m.call('pselect', [r + 1, fdSet(m, [r]), NULL, NULL, ts, NULL])).toBe(0);
    expect(m.mem.loadScalar(ts, 'i64')).toBe(2);
  });

  it('rejects a negative nfds or time with EINVAL and blocks without a timeout', () => {
    const m = new FakeMachine();
    const [r] = pipeFds(m);
    expect(withErrno(m, () => m.call('select', [-1, NULL, NULL, NULL, NULL]))).toEqual([-1, EINVAL]);
    const tv = m.buffer(16, 'stack', new Uint8Array(16).fill(0xff));
    expect(withErrno(m, () => m.call('select', [1, NULL, NULL, NULL, tv]))).toEqual([-1, EINVAL]);
    expect(() => m.call('select', [r + 1, fdSet(m, [r]), NULL, NULL, NULL])).toThrow(Deadlocked);
  });
});
