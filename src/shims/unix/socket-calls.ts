/**
 * The socket data calls on socket pairs: send, recv, sendto, recvfrom,
 * sendmsg, recvmsg and shutdown (POSIX pages of the same names, Linux
 * send(2), recv(2), shutdown(2), unix(7)), with MSG_DONTWAIT, MSG_NOSIGNAL,
 * MSG_PEEK, MSG_TRUNC and MSG_WAITALL. Miri stops at read/write on sockets;
 * ciri goes further.
 *
 * Every call checks its buffers first (CONVENTIONS.md 7), then finds the
 * socket (EBADF, ENOTSOCK for a pipe or a file), then acts through the model
 * in unnamed-socket.ts. A call that would block gives EAGAIN when the socket
 * or the call is non-blocking and parks the thread otherwise.
 *
 * Not here: named sockets (socket, bind, connect...), ancillary data
 * (SCM_RIGHTS: an `unsupported` stop), out-of-band data on streams.
 * Invariant: a failed call moves no byte and returns -1 with errno set.
 */
import type { ShimDef, ShimMachine, ShimValue } from '../shim.js';
import { asInt, asPtr, asSize } from '../shim.js';
import type { Ptr } from '../../memory/pointer.js';
import { offset } from '../access.js';
import { EBADF, EFAULT, EINVAL, EISCONN, EMSGSIZE, ENOTSOCK, EOPNOTSUPP } from '../errno.js';
import { fail, fdTable, type IoResult, ok, O_NONBLOCK } from '../files.js';
import { block } from '../../concurrency/blocking.js';
import { fdError, transferLength } from './fd.js';
import { type Received, UnnamedSocket } from './unnamed-socket.js';

const MSG_OOB = 0x1;
const MSG_PEEK = 0x2;
const MSG_TRUNC = 0x20;
const MSG_DONTWAIT = 0x40;
const MSG_WAITALL = 0x100;
const MSG_NOSIGNAL = 0x4000;
/** UIO_MAXIOV: more iovecs in a msghdr is EMSGSIZE. */
const IOV_MAX = 1024;

/** The socket behind `fd`: EBADF when closed, ENOTSOCK when it is no socket. */
function socketOf(m: ShimMachine, fd: number): IoResult<UnnamedSocket> {
  const desc = fdTable(m).get(fd);
  if (!desc) return fail(EBADF);
  if (desc instanceof UnnamedSocket && desc.isSocket) return ok(desc);
  if (desc.kind === 'socket') m.unsupported(`socket calls on ${desc.name}`);
  return fail(ENOTSOCK);
}

/** Runs `op` until it does not block: EAGAIN when non-blocking, else the thread parks (concurrency/blocking.ts). */
function untilDone<T>(m: ShimMachine, fd: number, sock: UnnamedSocket, flags: number, verb: string, op: () => IoResult<T>): IoResult<T> {
  const nonblock = (flags & MSG_DONTWAIT) !== 0 || (sock.statusFlags & O_NONBLOCK) !== 0;
  for (;;) {
    const r = op();
    if (r.ok || r.block === undefined) return r;
    if (nonblock) return fail(r.errno);
    block(m, `${verb} fd ${fd} (${sock.name}): ${r.block}`);
  }
}

/** MSG_OOB: Linux supports it on stream pairs only (one urgent byte), which ciri does not model. */
function outOfBand(m: ShimMachine, sock: UnnamedSocket, flags: number): number {
  if ((flags & MSG_OOB) === 0) return 0;
  if (sock.end === 'stream') m.unsupported(`out-of-band data (MSG_OOB) in \`${m.currentShim}\``);
  return EOPNOTSUPP;
}

/** What recv(2) does once the buffer is checked: the received bytes, or the errno. */
function receive(m: ShimMachine, fd: number, len: number, flags: number): IoResult<Received> {
  const s = socketOf(m, fd);
  if (!s.ok) return s;
  const sock = s.value;
  const oob = outOfBand(m, sock, flags);
  if (oob !== 0) return fail(oob);
  const n = transferLength(m, sock, len);
  const nonblock = (flags & MSG_DONTWAIT) !== 0 || (sock.statusFlags & O_NONBLOCK) !== 0;
  const opts = { peek: (flags & MSG_PEEK) !== 0, waitAll: (flags & MSG_WAITALL) !== 0, nonblock };
  return untilDone(m, fd, sock, flags, 'receive on', () => sock.receive(m, n, opts));
}

/** What send(2) does once the bytes are read: how many the socket took, or the errno. */
function transmit(m: ShimMachine, fd: number, data: Uint8Array, flags: number): IoResult<number> {
  const s = socketOf(m, fd);
  if (!s.ok) return s;
  const sock = s.value;
  const oob = outOfBand(m, sock, flags);
  if (oob !== 0) return fail(oob);
  const n = transferLength(m, sock, data.length);
  const chunk = n === data.length ? data : data.subarray(0, n);
  const nonblock = (flags & MSG_DONTWAIT) !== 0 || (sock.statusFlags & O_NONBLOCK) !== 0;
  const opts = { nosignal: (flags & MSG_NOSIGNAL) !== 0, nonblock };
  return untilDone(m, fd, sock, flags, 'send on', () => sock.send(m, chunk, opts));
}

/** The count recv returns: the bytes copied, or a message's full length with MSG_TRUNC (Linux). */
function receivedCount(r: Received, flags: number): number {
  return (flags & MSG_TRUNC) !== 0 && r.full > r.data.length ? r.full : r.data.length;
}

/** POSIX recv. */
export function recv(m: ShimMachine, args: ShimValue[]): number {
  return recvfrom(m, [args[0]!, args[1]!, args[2]!, args[3]!, { addr: 0, prov: 0 }, { addr: 0, prov: 0 }]);
}

/** POSIX recvfrom: a socket pair's peer has no address, so `*addrlen` becomes 0 (Linux unix_copy_addr). */
export function recvfrom(m: ShimMachine, args: ShimValue[]): number {
  const [fd, buf, len, flags] = [asInt(args[0]!), asPtr(args[1]!), asSize(args[2]!), asInt(args[3]!)];
  const [addr, addrlen] = [asPtr(args[4]!), asPtr(args[5]!)];
  m.mem.checkRange(buf, len, 'write');
  if (addr.addr !== 0 && addrlen.addr !== 0) m.mem.loadScalar(addrlen, 'u32');
  if (addr.addr !== 0 && addrlen.addr === 0) return fdError(m, EFAULT);
  const r = receive(m, fd, len, flags);
  if (!r.ok) return fdError(m, r.errno);
  if (r.value.data.length > 0) m.mem.writeBytes(buf, r.value.data);
  if (addr.addr !== 0) m.mem.storeScalar(addrlen, 'u32', 0);
  return receivedCount(r.value, flags);
}

/** POSIX send: the bytes sent must be initialized (they leave the program). */
export function send(m: ShimMachine, args: ShimValue[]): number {
  return sendto(m, [args[0]!, args[1]!, args[2]!, args[3]!, { addr: 0, prov: 0 }, 0]);
}

/** POSIX sendto: a socket pair is connected, so an address is EISCONN (streams) or unsupported (datagrams). */
export function sendto(m: ShimMachine, args: ShimValue[]): number {
  const [fd, buf, len, flags] = [asInt(args[0]!), asPtr(args[1]!), asSize(args[2]!), asInt(args[3]!)];
  const dest = asPtr(args[4]!);
  const data = m.mem.readBytes(buf, len, true);
  const s = socketOf(m, fd);
  if (!s.ok) return fdError(m, s.errno);
  if (dest.addr !== 0) {
    if (s.value.end === 'dgram') m.unsupported('sendto with a destination address on a datagram socket pair');
    return fdError(m, EISCONN);
  }
  const r = transmit(m, fd, data, flags);
  return r.ok ? r.value : fdError(m, r.errno);
}

interface Message {
  readonly name: Ptr;
  readonly iov: { readonly base: Ptr; readonly len: number }[];
  readonly control: Ptr;
  readonly controllen: number;
}

/** Reads a struct msghdr (56 bytes: name, namelen, iov, iovlen, control, controllen, flags) and its iovecs. */
function readMsghdr(m: ShimMachine, msg: Ptr, access: 'read' | 'write'): Message | number {
  m.mem.checkRange(msg, 56, access === 'write' ? 'write' : 'read');
  const name = m.mem.loadPtr(msg);
  if (name.addr !== 0) m.mem.loadScalar(offset(msg, 8), 'u32');
  const iovp = m.mem.loadPtr(offset(msg, 16));
  const iovlen = Number(m.mem.loadScalar(offset(msg, 24), 'u64'));
  const control = m.mem.loadPtr(offset(msg, 32));
  const controllen = Number(m.mem.loadScalar(offset(msg, 40), 'u64'));
  if (iovlen > IOV_MAX) return EMSGSIZE;
  m.mem.checkRange(iovp, iovlen * 16, 'read');
  const iov = [];
  for (let i = 0; i < iovlen; i++) {
    const base = m.mem.loadPtr(offset(iovp, i * 16));
    const len = Number(m.mem.loadScalar(offset(iovp, i * 16 + 8), 'u64'));
    if (access === 'write') m.mem.checkRange(base, len, 'write');
    else m.mem.readBytes(base, len, true);
    iov.push({ base, len });
  }
  return { name, iov, control, controllen };
}

/** POSIX sendmsg: the iovecs are gathered into one send; ancillary data is unsupported. */
export function sendmsg(m: ShimMachine, args: ShimValue[]): number {
  const [fd, msgp, flags] = [asInt(args[0]!), asPtr(args[1]!), asInt(args[2]!)];
  const msg = readMsghdr(m, msgp, 'read');
  if (typeof msg === 'number') return fdError(m, msg);
  const s = socketOf(m, fd);
  if (!s.ok) return fdError(m, s.errno);
  if (msg.control.addr !== 0 && msg.controllen > 0) m.unsupported('ancillary data (msg_control) in `sendmsg`');
  if (msg.name.addr !== 0) {
    if (s.value.end === 'dgram') m.unsupported('sendmsg with a destination address on a datagram socket pair');
    return fdError(m, EISCONN);
  }
  const data = new Uint8Array(msg.iov.reduce((n, v) => n + v.len, 0));
  let at = 0;
  for (const v of msg.iov) {
    data.set(m.mem.readBytes(v.base, v.len, true), at);
    at += v.len;
  }
  const r = transmit(m, fd, data, flags);
  return r.ok ? r.value : fdError(m, r.errno);
}

/** POSIX recvmsg: scatters into the iovecs in order; msg_flags gets MSG_TRUNC when a message was cut. */
export function recvmsg(m: ShimMachine, args: ShimValue[]): number {
  const [fd, msgp, flags] = [asInt(args[0]!), asPtr(args[1]!), asInt(args[2]!)];
  const msg = readMsghdr(m, msgp, 'write');
  if (typeof msg === 'number') return fdError(m, msg);
  const total = msg.iov.reduce((n, v) => n + v.len, 0);
  const r = receive(m, fd, total, flags);
  if (!r.ok) return fdError(m, r.errno);
  let at = 0;
  for (const v of msg.iov) {
    const k = Math.min(v.len, r.value.data.length - at);
    if (k > 0) m.mem.writeBytes(v.base, r.value.data.subarray(at, at + k));
    at += Math.max(k, 0);
  }
  if (msg.name.addr !== 0) m.mem.storeScalar(offset(msgp, 8), 'u32', 0);
  m.mem.storeScalar(offset(msgp, 40), 'u64', 0);
  m.mem.storeScalar(offset(msgp, 48), 'i32', r.value.full > r.value.data.length ? MSG_TRUNC : 0);
  return receivedCount(r.value, flags);
}

/** POSIX shutdown: SHUT_RD 0, SHUT_WR 1, SHUT_RDWR 2. */
export function shutdown(m: ShimMachine, args: ShimValue[]): number {
  const [fd, how] = [asInt(args[0]!), asInt(args[1]!)];
  const s = socketOf(m, fd);
  if (!s.ok) return fdError(m, s.errno);
  if (how < 0 || how > 2) return fdError(m, EINVAL);
  s.value.shutdown(how);
  return 0;
}

export const socketCallShims: readonly ShimDef[] = [
  { name: 'send', params: ['i32', 'ptr', 'u64', 'i32'], ret: 'i64', handler: send },
  { name: 'recv', params: ['i32', 'ptr', 'u64', 'i32'], ret: 'i64', handler: recv },
  { name: 'sendto', params: ['i32', 'ptr', 'u64', 'i32', 'ptr', 'u32'], ret: 'i64', handler: sendto },
  { name: 'recvfrom', params: ['i32', 'ptr', 'u64', 'i32', 'ptr', 'ptr'], ret: 'i64', handler: recvfrom },
  { name: 'sendmsg', params: ['i32', 'ptr', 'i32'], ret: 'i64', handler: sendmsg },
  { name: 'recvmsg', params: ['i32', 'ptr', 'i32'], ret: 'i64', handler: recvmsg },
  { name: 'shutdown', params: ['i32', 'i32'], ret: 'i32', handler: shutdown },
];
