import { describe, expect, it } from 'vitest';
import { Aborted, Deadlocked, FakeMachine, NULL, ubOf, Unsupported } from '../fake-machine.js';
import { fdTable } from '../../../../src/shims/files.js';
import { BUFFER_CAPACITY } from '../../../../src/shims/unix/unnamed-socket.js';
import { O_CLOEXEC, O_NONBLOCK, pairFds, pipeFds, put, SOCK_DGRAM, SOCK_NONBLOCK, SOCK_SEQPACKET, SOCK_STREAM, take,
  withErrno } from './unnamed-socket-helpers.js';

const EBADF = 9, EAGAIN = 11, EFAULT = 14, EINVAL = 22, EPIPE = 32, ECONNRESET = 104, ECONNREFUSED = 111;
const F_GETFL = 3, F_GETFD = 1;

describe('pipe and pipe2', () => {
  it('returns the lowest free fds, the read end first, with O_RDONLY and O_WRONLY status flags', () => {
    const m = new FakeMachine();
    const [r, w] = pipeFds(m);
    expect([r, w]).toEqual([3, 4]);
    expect(m.call('fcntl', [r, F_GETFL], [])).toBe(0);
    expect(m.call('fcntl', [w, F_GETFL], [])).toBe(1);
  });

  it('passes bytes in order and reads only what is there', () => {
    const m = new FakeMachine();
    const [r, w] = pipeFds(m);
    expect(put(m, w, 'hello')).toBe(5);
    expect(put(m, w, ' world')).toBe(6);
    expect(take(m, r, 3)).toEqual({ n: 3, text: 'hel' });
    expect(take(m, r, 100)).toEqual({ n: 8, text: 'lo world' });
  });

  it('gives end of file once the write end is closed and the pipe is drained', () => {
    const m = new FakeMachine();
    const [r, w] = pipeFds(m);
    put(m, w, 'ab');
    m.call('close', [w]);
    expect(take(m, r, 8)).toEqual({ n: 2, text: 'ab' });
    expect(take(m, r, 8)).toEqual({ n: 0, text: '' });
  });

  it('gives EAGAIN on an empty non-blocking pipe and deadlocks a blocking one', () => {
    const m = new FakeMachine();
    const [r] = pipeFds(m, O_NONBLOCK);
    expect(m.call('fcntl', [r, F_GETFL], [])).toBe(O_NONBLOCK);
    expect(withErrno(m, () => m.call('read', [r, m.buffer(4), 4]))).toEqual([-1, EAGAIN]);
    const [r2] = pipeFds(m);
    expect(() => m.call('read', [r2, m.buffer(4), 4])).toThrow(Deadlocked);
    expect(() => m.call('read', [r2, m.buffer(4), 4])).toThrow(/read end of a pipe\): the pipe is empty and its write end is open/);
  });

  it('sets FD_CLOEXEC on both ends with O_CLOEXEC and rejects unknown flags with EINVAL', () => {
    const m = new FakeMachine();
    const [r, w] = pipeFds(m, O_CLOEXEC);
    expect([m.call('fcntl', [r, F_GETFD], []), m.call('fcntl', [w, F_GETFD], [])]).toEqual([1, 1]);
    expect(withErrno(m, () => m.call('pipe2', [m.buffer(8), 1]))).toEqual([-1, EINVAL]);
  });

  it('gives EBADF for writing to the read end and reading from the write end', () => {
    const m = new FakeMachine();
    const [r, w] = pipeFds(m);
    expect(withErrno(m, () => put(m, r, 'x'))).toEqual([-1, EBADF]);
    expect(withErrno(m, () => m.call('read', [w, m.buffer(1), 1]))).toEqual([-1, EBADF]);
  });

  it('raises SIGPIPE when writing to a pipe whose read end is closed', () => {
    const m = new FakeMachine();
    const [r, w] = pipeFds(m);
    m.call('close', [r]);
    expect(() => put(m, w, 'x')).toThrow(Aborted);
    expect(() => put(m, w, 'x')).toThrow(/SIGPIPE/);
  });

  it('gives EPIPE without a signal when SIGPIPE is ignored', () => {
    const m = new FakeMachine();
    m.call('signal', [13, { addr: 1, prov: 0 }]);
    const [r, w] = pipeFds(m);
    m.call('close', [r]);
    expect(withErrno(m, () => put(m, w, 'x'))).toEqual([-1, EPIPE]);
  });

  it('fills up at its capacity: a non-blocking write takes what fits, then EAGAIN', () => {
    const m = new FakeMachine();
    const [, w] = pipeFds(m, O_NONBLOCK);
    const big = m.buffer(BUFFER_CAPACITY + 10, 'heap', new Uint8Array(BUFFER_CAPACITY + 10));
    expect(m.call('write', [w, big, BUFFER_CAPACITY - 5])).toBe(BUFFER_CAPACITY - 5);
    expect(m.call('write', [w, big, 5000])).toBe(5);
    expect(withErrno(m, () => m.call('write', [w, big, 1]))).toEqual([-1, EAGAIN]);
  });

  it('keeps a write of at most PIPE_BUF bytes whole: EAGAIN rather than a part', () => {
    const m = new FakeMachine();
    const [, w] = pipeFds(m, O_NONBLOCK);
    const big = m.buffer(BUFFER_CAPACITY, 'heap', new Uint8Array(BUFFER_CAPACITY));
    m.call('write', [w, big, BUFFER_CAPACITY - 100]);
    expect(withErrno(m, () => m.call('write', [w, big, 200]))).toEqual([-1, EAGAIN]);
  });

  it('returns EFAULT for a null fd array and checks any other pointer for the whole int[2]', () => {
    const m = new FakeMachine();
    expect(withErrno(m, () => m.call('pipe', [NULL]))).toEqual([-1, EFAULT]);
    expect(ubOf(() => m.call('pipe', [m.buffer(4)]))).toMatchObject({ kind: 'out-of-bounds' });
  });

  it('rejects packet-mode pipes as unsupported', () => {
    const m = new FakeMachine();
    expect(() => m.call('pipe2', [m.buffer(8), 0o40000])).toThrow(Unsupported);
  });
});

describe('socketpair', () => {
  it('creates two connected read-write ends of a stream', () => {
    const m = new FakeMachine();
    const [a, b] = pairFds(m);
    expect(m.call('fcntl', [a, F_GETFL], [])).toBe(2);
    put(m, a, 'ping');
    put(m, b, 'pong');
    expect(take(m, b, 10).text).toBe('ping');
    expect(take(m, a, 10).text).toBe('pong');
  });

  it('honours SOCK_NONBLOCK and rejects other families, types and flags as Linux does', () => {
    const m = new FakeMachine();
    const [a] = pairFds(m, SOCK_STREAM | SOCK_NONBLOCK);
    expect(m.call('fcntl', [a, F_GETFL], [])).toBe(2 | O_NONBLOCK);
    const fds = m.buffer(8);
    expect(withErrno(m, () => m.call('socketpair', [2, SOCK_STREAM, 0, fds]))).toEqual([-1, 95]);
    expect(withErrno(m, () => m.call('socketpair', [77, SOCK_STREAM, 0, fds]))).toEqual([-1, 97]);
    expect(withErrno(m, () => m.call('socketpair', [1, 7, 0, fds]))).toEqual([-1, 94]);
    expect(withErrno(m, () => m.call('socketpair', [1, SOCK_STREAM | 0x100, 0, fds]))).toEqual([-1, EINVAL]);
    expect(withErrno(m, () => m.call('socketpair', [1, SOCK_STREAM, 6, fds]))).toEqual([-1, 93]);
  });

  it('keeps message boundaries on SOCK_SEQPACKET and cuts a message to the buffer', () => {
    const m = new FakeMachine();
    const [a, b] = pairFds(m, SOCK_SEQPACKET);
    put(m, a, 'abc');
    put(m, a, 'de');
    expect(take(m, b, 2)).toEqual({ n: 2, text: 'ab' });
    expect(take(m, b, 10)).toEqual({ n: 2, text: 'de' });
  });

  it('never shortens a datagram, whatever the seed', () => {
    for (let seed = 0; seed < 8; seed++) {
      const m = new FakeMachine({ seed });
      const [a, b] = pairFds(m, SOCK_DGRAM);
      expect(put(m, a, 'datagram')).toBe(8);
      expect(take(m, b, 8).n).toBe(8);
    }
  });

  it('reports ECONNRESET once, then end of file, when the peer closed without reading what was sent', () => {
    const m = new FakeMachine();
    const [a, b] = pairFds(m);
    put(m, a, 'lost');
    m.call('close', [b]);
    expect(withErrno(m, () => m.call('read', [a, m.buffer(8), 8]))).toEqual([-1, ECONNRESET]);
    expect(take(m, a, 8).n).toBe(0);
  });

  it('still delivers what the peer sent before it closed', () => {
    const m = new FakeMachine();
    const [a, b] = pairFds(m);
    put(m, b, 'bye');
    m.call('close', [b]);
    expect(take(m, a, 8)).toEqual({ n: 3, text: 'bye' });
    expect(take(m, a, 8).n).toBe(0);
  });

  it('refuses sending on a datagram pair whose peer is gone, and blocks a receive there', () => {
    const m = new FakeMachine();
    const [a, b] = pairFds(m, SOCK_DGRAM | SOCK_NONBLOCK);
    m.call('close', [b]);
    expect(withErrno(m, () => put(m, a, 'x'))).toEqual([-1, ECONNREFUSED]);
    expect(withErrno(m, () => m.call('read', [a, m.buffer(4), 4]))).toEqual([-1, EAGAIN]);
  });

  it('answers FIONREAD with the bytes waiting, or the next datagram\'s length', () => {
    const m = new FakeMachine({ shortIo: false });
    const [a, b] = pairFds(m);
    put(m, a, 'hello');
    put(m, a, '!');
    expect(fdTable(m).get(b)!.available(m)).toEqual({ ok: true, value: 6 });
    const [c, d] = pairFds(m, SOCK_DGRAM);
    put(m, c, 'hello');
    put(m, c, '!');
    expect(fdTable(m).get(d)!.available(m)).toEqual({ ok: true, value: 5 });
  });
});
