import { describe, expect, it } from 'vitest';
import { Deadlocked, FakeMachine, NULL, ubOf } from '../fake-machine.js';
import type { Ptr } from '../../../../src/memory/pointer.js';
import { fdTable, FileDescription, type FileKind } from '../../../../src/shims/files.js';
import { virtualClock } from '../../../../src/concurrency/clock.js';
import { pairFds, pipeFds, put, take, withErrno } from './unnamed-socket-helpers.js';

const IN = 0x1, OUT = 0x4, ERR = 0x8, HUP = 0x10, RDHUP = 0x2000, ONESHOT = 2 ** 30, ET = 2 ** 31;
const ADD = 1, DEL = 2, MOD = 3;
const EBADF = 9, ENOENT = 2, EPERM = 1, EEXIST = 17, EFAULT = 14, EINVAL = 22, ELOOP = 40;

/** struct epoll_event { u32 events; u64 data } packed, data = the fd unless given. */
function event(m: FakeMachine, events: number, data: bigint): Ptr {
  const p = m.buffer(12);
  const bytes = new Uint8Array(12);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, events >>> 0, true);
  view.setBigUint64(4, data, true);
  m.mem.writeBytes(p, bytes);
  return p;
}

function ctl(m: FakeMachine, ep: number, op: number, fd: number, events = 0, data?: bigint): number {
  m.setErrno(0);
  return Number(m.call('epoll_ctl', [ep, op, fd, event(m, events, data ?? BigInt(fd))]));
}

/** epoll_wait(ep, ..., max, timeout) as [events, data] pairs. */
function wait(m: FakeMachine, ep: number, max = 8, timeout = 0): [number, bigint][] {
  const out = m.buffer(12 * max);
  const n = Number(m.call('epoll_wait', [ep, out, max, timeout]));
  expect(n).toBeGreaterThanOrEqual(0);
  const bytes = n > 0 ? m.mem.readBytes(out, 12 * n, true) : new Uint8Array(0);
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  return Array.from({ length: n }, (_, i) => [view.getUint32(12 * i, true), view.getBigUint64(12 * i + 4, true)]);
}

const newEpoll = (m: FakeMachine): number => Number(m.call('epoll_create1', [0]));

describe('epoll delivery', () => {
  it('reports a level-triggered event on every wait while the fd stays ready', () => {
    const m = new FakeMachine();
    const [r, w] = pipeFds(m);
    const ep = newEpoll(m);
    ctl(m, ep, ADD, r, IN);
    expect(wait(m, ep)).toEqual([]);
    put(m, w, 'x');
    expect(wait(m, ep)).toEqual([[IN, BigInt(r)]]);
    expect(wait(m, ep)).toEqual([[IN, BigInt(r)]]);
    take(m, r, 1);
    expect(wait(m, ep)).toEqual([]);
  });

  it('reports an edge-triggered event once per change', () => {
    const m = new FakeMachine();
    const [r, w] = pipeFds(m);
    const ep = newEpoll(m);
    ctl(m, ep, ADD, r, IN | ET);
    put(m, w, 'a');
    expect(wait(m, ep)).toEqual([[IN, BigInt(r)]]);
    expect(wait(m, ep)).toEqual([]);
    put(m, w, 'b');
    expect(wait(m, ep)).toEqual([[IN, BigInt(r)]]);
  });

  it('wakes an edge-triggered interest only for the events a change may have made true', () => {
    const m = new FakeMachine();
    const efd = Number(m.call('eventfd', [0, 0o4000]));
    const ep = newEpoll(m);
    ctl(m, ep, ADD, efd, OUT | ET);
    expect(wait(m, ep)).toEqual([[OUT, BigInt(efd)]]);
    m.call('eventfd_write', [efd, 1]);
    expect(wait(m, ep)).toEqual([]);
    m.call('eventfd_read', [efd, m.buffer(8)]);
    expect(wait(m, ep)).toEqual([[OUT, BigInt(efd)]]);
  });

  it('disables a one-shot interest after one event until EPOLL_CTL_MOD', () => {
    const m = new FakeMachine();
    const [r, w] = pipeFds(m);
    const ep = newEpoll(m);
    ctl(m, ep, ADD, r, IN | ONESHOT);
    put(m, w, 'a');
    expect(wait(m, ep)).toHaveLength(1);
    put(m, w, 'b');
    expect(wait(m, ep)).toEqual([]);
    ctl(m, ep, MOD, r, IN | ONESHOT, 42n);
    expect(wait(m, ep)).toEqual([[IN, 42n]]);
  });

  it('always reports EPOLLHUP and EPOLLERR, even with no events asked for', () => {
    const m = new FakeMachine();
    const [r, w] = pipeFds(m);
    const ep = newEpoll(m);
    ctl(m, ep, ADD, r, 0);
    ctl(m, ep, ADD, w, 0);
    m.call('close', [w]);
    expect(wait(m, ep)).toEqual([[HUP, BigInt(r)]]);
    const [r2, w2] = pipeFds(m);
    ctl(m, ep, ADD, w2, OUT);
    m.call('close', [r2]);
    expect(wait(m, ep)).toContainEqual([OUT | ERR, BigInt(w2)]);
  });

  it('reports EPOLLRDHUP and EPOLLERR when the socket peer closed without reading', () => {
    const m = new FakeMachine();
    const [a, b] = pairFds(m);
    const ep = newEpoll(m);
    ctl(m, ep, ADD, a, IN | OUT | RDHUP);
    put(m, a, 'unread');
    m.call('close', [b]);
    expect(wait(m, ep)).toEqual([[IN | OUT | RDHUP | HUP | ERR, BigInt(a)]]);
  });

  it('hands out at most maxevents and the rest on the next call, in order', () => {
    const m = new FakeMachine();
    const ep = newEpoll(m);
    const fds = [pipeFds(m)[1], pipeFds(m)[1], pipeFds(m)[1]];
    for (const fd of fds) ctl(m, ep, ADD, fd, OUT | ET);
    expect(wait(m, ep, 2).map(([, d]) => Number(d))).toEqual(fds.slice(0, 2));
    expect(wait(m, ep, 2).map(([, d]) => Number(d))).toEqual(fds.slice(2));
  });

  it('keeps an interest while a dup of the fd is open and drops it with the last fd', () => {
    const m = new FakeMachine();
    const [r, w] = pipeFds(m);
    const ep = newEpoll(m);
    ctl(m, ep, ADD, r, IN);
    const copy = Number(m.call('dup', [r]));
    m.call('close', [r]);
    put(m, w, 'x');
    expect(wait(m, ep)).toEqual([[IN, BigInt(r)]]);
    m.call('close', [copy]);
    expect(wait(m, ep)).toEqual([]);
  });

  it('lets a positive timeout pass on the virtual clock and deadlocks an infinite one', () => {
    const m = new FakeMachine();
    const [r] = pipeFds(m);
    const ep = newEpoll(m);
    ctl(m, ep, ADD, r, IN);
    expect(wait(m, ep, 1, 250)).toEqual([]);
    expect(virtualClock(m).now()).toBe(250_000_000n);
    expect(() => wait(m, ep, 1, -1)).toThrow(Deadlocked);
  });

  it('makes an epoll fd readable when its own events are ready, so instances nest', () => {
    const m = new FakeMachine();
    const [r, w] = pipeFds(m);
    const inner = newEpoll(m);
    const outer = newEpoll(m);
    ctl(m, inner, ADD, r, IN);
    ctl(m, outer, ADD, inner, IN);
    expect(wait(m, outer)).toEqual([]);
    put(m, w, 'x');
    expect(wait(m, outer)).toEqual([[IN, BigInt(inner)]]);
    expect(ctl(m, inner, ADD, outer, IN)).toBe(-1);
    expect(m.errno).toBe(ELOOP);
  });
});

describe('epoll_ctl and epoll_wait errors', () => {
  class RegularFile extends FileDescription {
    override get kind(): FileKind { return 'file'; }
  }

  it('fails as Linux does: EEXIST, ENOENT, EINVAL, EBADF, EPERM, EFAULT', () => {
    const m = new FakeMachine();
    const [r] = pipeFds(m);
    const ep = newEpoll(m);
    expect(ctl(m, ep, ADD, r, IN)).toBe(0);
    expect([ctl(m, ep, ADD, r, IN), m.errno]).toEqual([-1, EEXIST]);
    expect([ctl(m, ep, MOD, 0, IN), m.errno]).toEqual([-1, ENOENT]);
    expect([ctl(m, ep, DEL, 0), m.errno]).toEqual([-1, ENOENT]);
    expect([ctl(m, ep, ADD, ep, IN), m.errno]).toEqual([-1, EINVAL]);
    expect([ctl(m, r, ADD, 0, IN), m.errno]).toEqual([-1, EINVAL]);
    expect([ctl(m, ep, ADD, 99, IN), m.errno]).toEqual([-1, EBADF]);
    expect([ctl(m, ep, 7, r, IN), m.errno]).toEqual([-1, EINVAL]);
    const file = (fdTable(m).insert(new RegularFile('a file')) as { value: number }).value;
    expect([ctl(m, ep, ADD, file, IN), m.errno]).toEqual([-1, EPERM]);
    expect(withErrno(m, () => m.call('epoll_ctl', [ep, ADD, r, NULL]))).toEqual([-1, EFAULT]);
    expect(m.call('epoll_ctl', [ep, DEL, r, NULL])).toBe(0);
  });

  it('checks the event array for maxevents entries before waiting', () => {
    const m = new FakeMachine();
    const ep = newEpoll(m);
    expect(ubOf(() => m.call('epoll_wait', [ep, m.buffer(24), 3, 0]))).toMatchObject({ kind: 'out-of-bounds' });
    expect(withErrno(m, () => m.call('epoll_wait', [ep, m.buffer(12), 0, 0]))).toEqual([-1, EINVAL]);
    expect(withErrno(m, () => m.call('epoll_wait', [0, m.buffer(12), 1, 0]))).toEqual([-1, EINVAL]);
  });

  it('rejects epoll_create(0) and unknown epoll_create1 flags', () => {
    const m = new FakeMachine();
    expect(withErrno(m, () => m.call('epoll_create', [0]))).toEqual([-1, EINVAL]);
    expect(withErrno(m, () => m.call('epoll_create1', [1]))).toEqual([-1, EINVAL]);
    expect(m.call('epoll_create1', [0o2000000])).toBe(3);
    expect(m.call('fcntl', [3, 1], [])).toBe(1);
  });
});
