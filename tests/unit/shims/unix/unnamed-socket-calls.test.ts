import { describe, expect, it } from 'vitest';
import { Aborted, Deadlocked, FakeMachine, ubOf, Unsupported } from '../fake-machine.js';
import type { Ptr } from '../../../../src/memory/pointer.js';
import { pairFds, pipeFds, put, SOCK_DGRAM, SOCK_SEQPACKET, SOCK_STREAM, take, withErrno } from './unnamed-socket-helpers.js';

const EAGAIN = 11, EINVAL = 22, EPIPE = 32, ENOTSOCK = 88, EMSGSIZE = 90, EOPNOTSUPP = 95, EISCONN = 106;
const MSG_OOB = 1, MSG_PEEK = 2, MSG_TRUNC = 0x20, MSG_DONTWAIT = 0x40, MSG_WAITALL = 0x100, MSG_NOSIGNAL = 0x4000;
const SHUT_RD = 0, SHUT_WR = 1, SHUT_RDWR = 2;

function recvStr(m: FakeMachine, fd: number, n: number, flags: number): { n: number; text: string } {
  const buf = m.buffer(Math.max(n, 1));
  const r = Number(m.call('recv', [fd, buf, n, flags]));
  return { n: r, text: r > 0 ? Buffer.from(m.mem.readBytes(buf, Math.min(r, n), true)).toString('latin1') : '' };
}

/** A struct msghdr with the given iovec lengths (name and control null). */
function msghdr(m: FakeMachine, lens: number[], fill?: string): { msg: Ptr; bufs: Ptr[] } {
  const iov = m.buffer(16 * lens.length);
  let pos = 0;
  const bufs = lens.map((len, i) => {
    const b = m.buffer(Math.max(len, 1), 'stack', fill ? Buffer.from(fill.slice(pos, pos + len), 'latin1') : undefined);
    pos += len;
    m.mem.storePtr({ addr: iov.addr + 16 * i, prov: iov.prov }, b);
    m.mem.storeScalar({ addr: iov.addr + 16 * i + 8, prov: iov.prov }, 'u64', len);
    return b;
  });
  const msg = m.buffer(56, 'stack', new Uint8Array(56));
  m.mem.storePtr({ addr: msg.addr + 16, prov: msg.prov }, iov);
  m.mem.storeScalar({ addr: msg.addr + 24, prov: msg.prov }, 'u64', lens.length);
  return { msg, bufs };
}

describe('send and recv', () => {
  it('moves bytes like write and read on a stream pair', () => {
    const m = new FakeMachine({ shortIo: false });
    const [a, b] = pairFds(m);
    expect(m.call('send', [a, m.cstr('hello'), 5, 0])).toBe(5);
    expect(recvStr(m, b, 16, 0)).toEqual({ n: 5, text: 'hello' });
  });

  it('leaves the data in place with MSG_PEEK', () => {
    const m = new FakeMachine({ shortIo: false });
    const [a, b] = pairFds(m);
    put(m, a, 'peek');
    expect(recvStr(m, b, 2, MSG_PEEK).text).toBe('pe');
    expect(recvStr(m, b, 16, 0).text).toBe('peek');
  });

  it('gives EAGAIN with MSG_DONTWAIT on a blocking socket, and deadlocks without it', () => {
    const m = new FakeMachine();
    const [a] = pairFds(m);
    expect(withErrno(m, () => m.call('recv', [a, m.buffer(4), 4, MSG_DONTWAIT]))).toEqual([-1, EAGAIN]);
    expect(() => m.call('recv', [a, m.buffer(4), 4, 0])).toThrow(Deadlocked);
  });

  it('waits for the whole length with MSG_WAITALL', () => {
    const m = new FakeMachine({ shortIo: false });
    const [a, b] = pairFds(m);
    put(m, a, 'ab');
    expect(() => m.call('recv', [b, m.buffer(4), 4, MSG_WAITALL])).toThrow(/MSG_WAITALL wants 4 bytes/);
    m.call('shutdown', [a, SHUT_WR]);
    expect(recvStr(m, b, 4, MSG_WAITALL)).toEqual({ n: 2, text: 'ab' });
  });

  it('returns the full length of a cut message with MSG_TRUNC', () => {
    const m = new FakeMachine();
    const [a, b] = pairFds(m, SOCK_DGRAM);
    put(m, a, 'hello');
    expect(recvStr(m, b, 3, MSG_TRUNC)).toEqual({ n: 5, text: 'hel' });
  });

  it('gives EPIPE without a signal with MSG_NOSIGNAL, and SIGPIPE without it', () => {
    const m = new FakeMachine();
    const [a, b] = pairFds(m);
    m.call('close', [b]);
    expect(withErrno(m, () => m.call('send', [a, m.cstr('x'), 1, MSG_NOSIGNAL]))).toEqual([-1, EPIPE]);
    expect(() => m.call('send', [a, m.cstr('x'), 1, 0])).toThrow(Aborted);
  });

  it('gives EPIPE without SIGPIPE on a seqpacket pair, as Linux\'s datagram path does', () => {
    const m = new FakeMachine();
    const [a, b] = pairFds(m, SOCK_SEQPACKET);
    m.call('close', [b]);
    expect(withErrno(m, () => m.call('send', [a, m.cstr('x'), 1, 0]))).toEqual([-1, EPIPE]);
  });

  it('gives ENOTSOCK on a pipe and checks the buffer first', () => {
    const m = new FakeMachine();
    const [r, w] = pipeFds(m);
    expect(withErrno(m, () => m.call('send', [w, m.cstr('x'), 1, 0]))).toEqual([-1, ENOTSOCK]);
    expect(withErrno(m, () => m.call('recv', [r, m.buffer(1), 1, 0]))).toEqual([-1, ENOTSOCK]);
    expect(withErrno(m, () => m.call('shutdown', [r, SHUT_RD]))).toEqual([-1, ENOTSOCK]);
    expect(ubOf(() => m.call('recv', [r, m.buffer(2), 3, 0]))).toMatchObject({ kind: 'out-of-bounds' });
  });

  it('treats MSG_OOB as EOPNOTSUPP on message sockets and unsupported on streams', () => {
    const m = new FakeMachine();
    const [a] = pairFds(m, SOCK_SEQPACKET);
    expect(withErrno(m, () => m.call('send', [a, m.cstr('x'), 1, MSG_OOB]))).toEqual([-1, EOPNOTSUPP]);
    const [s] = pairFds(m, SOCK_STREAM);
    expect(() => m.call('send', [s, m.cstr('x'), 1, MSG_OOB])).toThrow(Unsupported);
  });

  it('refuses a destination address on a connected stream with EISCONN and zeroes the source length', () => {
    const m = new FakeMachine({ shortIo: false });
    const [a, b] = pairFds(m);
    expect(withErrno(m, () => m.call('sendto', [a, m.cstr('x'), 1, 0, m.buffer(16, 'stack', new Uint8Array(16)), 16]))).toEqual([-1, EISCONN]);
    put(m, a, 'y');
    const len = m.buffer(4, 'stack', [16, 0, 0, 0]);
    expect(m.call('recvfrom', [b, m.buffer(4), 4, 0, m.buffer(16), len])).toBe(1);
    expect(m.mem.loadScalar(len, 'u32')).toBe(0);
  });

  it('gives EMSGSIZE for a datagram larger than the buffer', () => {
    const m = new FakeMachine();
    const [a] = pairFds(m, SOCK_DGRAM);
    const big = m.buffer(0x34001, 'heap', new Uint8Array(0x34001));
    expect(withErrno(m, () => m.call('send', [a, big, 0x34001, 0]))).toEqual([-1, EMSGSIZE]);
  });
});

describe('sendmsg and recvmsg', () => {
  it('gathers the iovecs into one message and scatters it back in order', () => {
    const m = new FakeMachine();
    const [a, b] = pairFds(m, SOCK_SEQPACKET);
    const out = msghdr(m, [2, 3], 'hello');
    expect(m.call('sendmsg', [a, out.msg, 0])).toBe(5);
    const inn = msghdr(m, [1, 2]);
    expect(m.call('recvmsg', [b, inn.msg, 0])).toBe(3);
    expect(Buffer.from(m.mem.readBytes(inn.bufs[0]!, 1, true)).toString()).toBe('h');
    expect(Buffer.from(m.mem.readBytes(inn.bufs[1]!, 2, true)).toString()).toBe('el');
    expect(m.mem.loadScalar({ addr: inn.msg.addr + 48, prov: inn.msg.prov }, 'i32')).toBe(MSG_TRUNC);
  });

  it('reports an iovec buffer out of bounds before receiving', () => {
    const m = new FakeMachine();
    const [, b] = pairFds(m);
    const inn = msghdr(m, [4]);
    m.mem.storeScalar({ addr: inn.msg.addr + 24, prov: inn.msg.prov }, 'u64', 2);
    expect(ubOf(() => m.call('recvmsg', [b, inn.msg, 0]))).toMatchObject({ kind: 'out-of-bounds' });
  });

  it('stops as unsupported on ancillary data', () => {
    const m = new FakeMachine();
    const [a] = pairFds(m);
    const out = msghdr(m, [1], 'x');
    m.mem.storePtr({ addr: out.msg.addr + 32, prov: out.msg.prov }, m.buffer(32));
    m.mem.storeScalar({ addr: out.msg.addr + 40, prov: out.msg.prov }, 'u64', 32);
    expect(() => m.call('sendmsg', [a, out.msg, 0])).toThrow(/ancillary data/);
  });
});

describe('shutdown', () => {
  it('gives the peer end of file after SHUT_WR and EPIPE to the writer', () => {
    const m = new FakeMachine({ shortIo: false });
    m.call('signal', [13, { addr: 1, prov: 0 }]);
    const [a, b] = pairFds(m);
    put(m, a, 'last');
    expect(m.call('shutdown', [a, SHUT_WR])).toBe(0);
    expect(take(m, b, 8).text).toBe('last');
    expect(take(m, b, 8).n).toBe(0);
    expect(withErrno(m, () => put(m, a, 'x'))).toEqual([-1, EPIPE]);
    expect(put(m, b, 'back')).toBe(4);
  });

  it('makes the peer\'s writes fail after SHUT_RD and reads give end of file', () => {
    const m = new FakeMachine();
    m.call('signal', [13, { addr: 1, prov: 0 }]);
    const [a, b] = pairFds(m);
    m.call('shutdown', [a, SHUT_RD]);
    expect(take(m, a, 4).n).toBe(0);
    expect(withErrno(m, () => put(m, b, 'x'))).toEqual([-1, EPIPE]);
    m.call('shutdown', [a, SHUT_RDWR]);
  });

  it('rejects an unknown `how` with EINVAL', () => {
    const m = new FakeMachine();
    const [a] = pairFds(m);
    expect(withErrno(m, () => m.call('shutdown', [a, 7]))).toEqual([-1, EINVAL]);
    expect(withErrno(m, () => m.call('shutdown', [99, 0]))).toEqual([-1, 9]);
  });
});
