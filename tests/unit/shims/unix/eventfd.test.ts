import { describe, expect, it } from 'vitest';
import { Deadlocked, FakeMachine } from '../fake-machine.js';
import { withErrno } from './unnamed-socket-helpers.js';

const EAGAIN = 11, EINVAL = 22;
const EFD_SEMAPHORE = 1, EFD_NONBLOCK = 0o4000, EFD_CLOEXEC = 0o2000000;

function readCounter(m: FakeMachine, fd: number, len = 8): [number, bigint | undefined] {
  const buf = m.buffer(Math.max(len, 8));
  m.setErrno(0);
  const r = Number(m.call('read', [fd, buf, len]));
  return [r, r === 8 ? BigInt(m.mem.loadScalar(buf, 'u64')) : undefined];
}

function addCounter(m: FakeMachine, fd: number, value: bigint, len = 8): number {
  const buf = m.buffer(Math.max(len, 8), 'stack', new Uint8Array(Math.max(len, 8)));
  m.mem.storeScalar(buf, 'u64', value);
  m.setErrno(0);
  return Number(m.call('write', [fd, buf, len]));
}

describe('eventfd', () => {
  it('starts at the initial value, reads the whole counter and resets it', () => {
    const m = new FakeMachine();
    const fd = Number(m.call('eventfd', [3, EFD_NONBLOCK]));
    expect(addCounter(m, fd, 4n)).toBe(8);
    expect(readCounter(m, fd)).toEqual([8, 7n]);
    expect(readCounter(m, fd)[0]).toBe(-1);
    expect(m.errno).toBe(EAGAIN);
  });

  it('counts down by one in semaphore mode', () => {
    const m = new FakeMachine();
    const fd = Number(m.call('eventfd', [2, EFD_SEMAPHORE | EFD_NONBLOCK]));
    expect(readCounter(m, fd)).toEqual([8, 1n]);
    expect(readCounter(m, fd)).toEqual([8, 1n]);
    expect(readCounter(m, fd)[0]).toBe(-1);
  });

  it('reads from any buffer of at least 8 bytes but writes only from exactly 8, as fs/eventfd.c', () => {
    const m = new FakeMachine();
    const fd = Number(m.call('eventfd', [1, 0]));
    expect(readCounter(m, fd, 4)[0]).toBe(-1);
    expect(m.errno).toBe(EINVAL);
    expect(addCounter(m, fd, 1n, 4)).toBe(-1);
    expect(m.errno).toBe(EINVAL);
    expect(addCounter(m, fd, 1n, 16)).toBe(-1);
    expect(m.errno).toBe(EINVAL);
    expect(addCounter(m, fd, 1n, 8)).toBe(8);
    expect(readCounter(m, fd, 16)).toEqual([8, 2n]);
  });

  it('rejects writing UINT64_MAX and blocks a write that would pass the maximum', () => {
    const m = new FakeMachine();
    const fd = Number(m.call('eventfd', [0, EFD_NONBLOCK]));
    expect(addCounter(m, fd, 0xffffffffffffffffn)).toBe(-1);
    expect(m.errno).toBe(EINVAL);
    expect(addCounter(m, fd, 0xfffffffffffffffen)).toBe(8);
    expect(addCounter(m, fd, 1n)).toBe(-1);
    expect(m.errno).toBe(EAGAIN);
    expect(addCounter(m, fd, 0n)).toBe(8);
  });

  it('deadlocks a blocking read of a zero counter, naming the eventfd', () => {
    const m = new FakeMachine();
    const fd = Number(m.call('eventfd', [0, 0]));
    expect(() => readCounter(m, fd)).toThrow(Deadlocked);
    expect(() => readCounter(m, fd)).toThrow(/an eventfd\): the eventfd counter is 0/);
  });

  it('reports O_RDWR | O_NONBLOCK as status flags, FD_CLOEXEC, and EINVAL for unknown flags', () => {
    const m = new FakeMachine();
    const fd = Number(m.call('eventfd', [0, EFD_NONBLOCK | EFD_CLOEXEC]));
    expect(m.call('fcntl', [fd, 3], [])).toBe(0o4002);
    expect(m.call('fcntl', [fd, 1], [])).toBe(1);
    expect(withErrno(m, () => m.call('eventfd', [0, 0x100]))).toEqual([-1, EINVAL]);
  });

  it('provides glibc\'s eventfd_read and eventfd_write', () => {
    const m = new FakeMachine();
    const fd = Number(m.call('eventfd', [0, EFD_NONBLOCK]));
    expect(m.call('eventfd_write', [fd, 5])).toBe(0);
    const v = m.buffer(8);
    expect(m.call('eventfd_read', [fd, v])).toBe(0);
    expect(m.mem.loadScalar(v, 'u64')).toBe(5);
    expect(withErrno(m, () => m.call('eventfd_read', [fd, v]))).toEqual([-1, EAGAIN]);
  });
});
