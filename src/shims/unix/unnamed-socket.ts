/**
 * Pipes and socket pairs (POSIX pipe, Linux pipe2(2), socketpair(2),
 * unix(7)), after Miri's shims/unix/unnamed_socket.rs and the Linux kernel's
 * fs/pipe.c and net/unix/af_unix.c where ciri goes further.
 *
 * Each end is a `UnnamedSocket` description. A direction is a `Channel` of
 * 0x34000 bytes (Miri's capacity, Linux's default socket buffer): bytes in
 * order for pipes and stream sockets, whole messages for SOCK_SEQPACKET and
 * SOCK_DGRAM pairs, which never split or merge them. Reads take what is
 * there; writes take what fits (a pipe write of at most PIPE_BUF bytes, a
 * message, or any blocking write is all or nothing). When an operation cannot
 * proceed it answers `wouldBlock` and the fd layer decides between EAGAIN and
 * parking the thread.
 *
 * The socket calls (send, recv, sendmsg, recvmsg, shutdown) are in
 * socket-calls.ts; this file is the model.
 *
 * Invariant: after any change of state, the descriptions whose readiness may
 * have changed are notified (epoll depends on it), with the events the change
 * may have made true, as Linux's keyed wake-ups do.
 */
import type { ShimDef, ShimMachine, ShimValue } from '../shim.js';
import { asInt, asPtr } from '../shim.js';
import { EAFNOSUPPORT, EBADF, ECONNREFUSED, ECONNRESET, EFAULT, EINVAL, EMSGSIZE, ENOTCONN, EOPNOTSUPP, EPIPE } from '../errno.js';
import { fail, fdTable, FileDescription, type FileKind, type IoResult, ok, O_CLOEXEC, O_NONBLOCK, O_RDONLY, O_RDWR, O_WRONLY,
  type Readiness, wouldBlock } from '../files.js';
import { deliver, SIGPIPE } from './signal.js';
import { EPOLLIN, EPOLLOUT } from './epoll-events.js';

/** Capacity of one direction of a pipe or socket pair. */
export const BUFFER_CAPACITY = 0x34000;
/** POSIX PIPE_BUF on Linux: pipe writes up to this size are atomic. */
export const PIPE_BUF = 4096;

export const AF_UNIX = 1;
const AF_INET = 2;
const AF_INET6 = 10;
export const SOCK_STREAM = 1;
export const SOCK_DGRAM = 2;
const SOCK_RAW = 3;
export const SOCK_SEQPACKET = 5;
const SOCK_NONBLOCK = 0o4000;
const SOCK_CLOEXEC = 0o2000000;
const O_DIRECT = 0o40000;
const EPROTONOSUPPORT = 93;
const ESOCKTNOSUPPORT = 94;

/** Linux's sk_shutdown bits. */
export const RCV_SHUTDOWN = 1;
export const SEND_SHUTDOWN = 2;

/** One direction: bytes in order, or whole messages (each chunk one message). */
export class Channel {
  /** Written and not yet read; for a stream the first chunk may be partly read (`head`). */
  private readonly chunks: Uint8Array[] = [];
  /** Bytes of chunks[0] already read (streams only). */
  private head = 0;
  /** Bytes waiting. */
  size = 0;

  constructor(readonly messages: boolean) {}

  get space(): number {
    return BUFFER_CAPACITY - this.size;
  }

  /** Something to read: a byte, or a message (possibly empty). */
  get nonEmpty(): boolean {
    return this.chunks.length > 0;
  }

  /** The length of the first message (0 when none). */
  get firstLength(): number {
    return this.chunks[0]?.length ?? 0;
  }

  /** Drops everything waiting. */
  clear(): void {
    this.chunks.length = 0;
    this.head = 0;
    this.size = 0;
  }

  push(data: Uint8Array): void {
    if (!this.messages && data.length === 0) return;
    this.chunks.push(data.slice());
    this.size += data.length;
  }

  /** Up to `len` bytes in order (streams), removed unless `peek`. */
  takeBytes(len: number, peek: boolean): Uint8Array {
    const n = Math.min(len, this.size);
    const out = new Uint8Array(n);
    let done = 0;
    let i = 0;
    let head = this.head;
    while (done < n) {
      const c = this.chunks[i]!;
      const k = Math.min(n - done, c.length - head);
      out.set(c.subarray(head, head + k), done);
      done += k;
      head += k;
      if (head === c.length) { i++; head = 0; }
    }
    if (!peek) {
      this.chunks.splice(0, i);
      this.head = head;
      this.size -= n;
    }
    return out;
  }

  /** The first message cut to `len` bytes, and its full length; removed unless `peek` (the cut part is lost). */
  takeMessage(len: number, peek: boolean): { data: Uint8Array; full: number } {
    const msg = this.chunks[0]!;
    if (!peek) {
      this.chunks.shift();
      this.size -= msg.length;
    }
    return { data: msg.slice(0, Math.min(len, msg.length)), full: msg.length };
  }
}

export type EndKind = 'pipe-read' | 'pipe-write' | 'stream' | 'seqpacket' | 'dgram';

export interface ReceiveOptions {
  readonly peek?: boolean;
  /** MSG_WAITALL: a stream read waits for `len` bytes (or EOF) rather than taking less. */
  readonly waitAll?: boolean;
  /** MSG_DONTWAIT, or the description's O_NONBLOCK. */
  readonly nonblock?: boolean;
}

export interface SendOptions {
  /** MSG_NOSIGNAL: EPIPE without SIGPIPE. */
  readonly nosignal?: boolean;
  readonly nonblock?: boolean;
}

/** A received chunk; `full` is a message's length before it was cut to fit (MSG_TRUNC). */
export interface Received {
  readonly data: Uint8Array;
  readonly full: number;
}

const NAMES: Record<EndKind, string> = {
  'pipe-read': 'the read end of a pipe',
  'pipe-write': 'the write end of a pipe',
  stream: 'a stream socket',
  seqpacket: 'a seqpacket socket',
  dgram: 'a datagram socket',
};

/** One end of a pipe or of a socket pair. */
export class UnnamedSocket extends FileDescription {
  /** The other end; stays set after it closed (`peerClosed` says so). */
  peer: UnnamedSocket | undefined;
  /** The other end's last fd was closed. */
  peerClosed = false;
  /** Linux's sk_shutdown of this end: RCV_SHUTDOWN | SEND_SHUTDOWN. */
  shutdownMask = 0;
  /** Linux's sk_err: ECONNRESET once the peer closed without reading what this end sent it. */
  pendingError = 0;
  /** A datagram end whose send found the peer closed: Linux dropped the peer (ENOTCONN from then on). */
  disconnected = false;

  constructor(
    /** What this end is. */
    readonly end: EndKind,
    /** What this end reads (none for a pipe's write end). */
    readonly inbox: Channel | undefined,
    /** What this end writes into, the peer's inbox (none for a pipe's read end). */
    readonly outbox: Channel | undefined,
  ) {
    super(NAMES[end]);
    this.statusFlags = end === 'pipe-read' ? O_RDONLY : end === 'pipe-write' ? O_WRONLY : O_RDWR;
  }

  override get kind(): FileKind {
    return this.isSocket ? 'socket' : 'pipe';
  }

  /** Short I/O never splits a datagram or a pipe write (PIPE_BUF atomicity). */
  override get shortIo(): boolean {
    return this.end === 'stream';
  }

  get isSocket(): boolean {
    return this.end === 'stream' || this.end === 'seqpacket' || this.end === 'dgram';
  }

  private get nonblocking(): boolean {
    return (this.statusFlags & O_NONBLOCK) !== 0;
  }

  override read(m: ShimMachine, len: number): IoResult<Uint8Array> {
    const r = this.receive(m, len, { nonblock: this.nonblocking });
    return r.ok ? ok(r.value.data) : r;
  }

  override write(m: ShimMachine, data: Uint8Array): IoResult<number> {
    return this.send(m, data, { nonblock: this.nonblocking });
  }

  /** FIONREAD: the bytes in the pipe (from either end), in the receive queue, or in the next datagram (unix_inq_len). */
  override available(_m: ShimMachine): IoResult<number> {
    const q = (this.inbox ?? this.outbox)!;
    return ok(this.end === 'dgram' ? q.firstLength : q.size);
  }

  /** A read finds end of file once nothing is waiting (dgram pairs never do: a peer may reconnect on Linux). */
  private get endOfFile(): boolean {
    if (this.end === 'pipe-read') return this.peerClosed;
    if ((this.shutdownMask & RCV_SHUTDOWN) !== 0) return true;
    return this.end !== 'dgram' && this.peerClosed;
  }

  /** recv(2) semantics, shared by read, recv and recvmsg. */
  receive(_m: ShimMachine, len: number, opts: ReceiveOptions): IoResult<Received> {
    const q = this.inbox;
    if (!q) return fail(EBADF);
    if (!q.nonEmpty) {
      if (this.pendingError !== 0) return fail(this.takeError());
      // unix_dgram_recvmsg: a shut-down datagram socket reads 0 only when it would wait; without waiting, EAGAIN.
      if (this.endOfFile && !(this.end === 'dgram' && opts.nonblock)) return ok({ data: new Uint8Array(0), full: 0 });
      return wouldBlock(this.isSocket ? 'nothing has arrived and the peer is still open' : 'the pipe is empty and its write end is open');
    }
    if (opts.waitAll && !q.messages && q.size < len && !this.endOfFile && !opts.nonblock) {
      return wouldBlock(`MSG_WAITALL wants ${len} bytes and only ${q.size} were received`);
    }
    // fs/pipe.c wakes writers only when the read made room in a full pipe; af_unix.c after every read.
    const wasFull = q.space === 0;
    const r = q.messages ? q.takeMessage(len, opts.peek === true) : { data: q.takeBytes(len, opts.peek === true), full: 0 };
    if (!opts.peek && (this.end !== 'pipe-read' || wasFull)) this.peer?.notifyReadiness(EPOLLOUT);
    return ok(r);
  }

  private takeError(): number {
    const e = this.pendingError;
    this.pendingError = 0;
    return e;
  }

  /** send(2) semantics, shared by write, send and sendmsg. */
  send(m: ShimMachine, data: Uint8Array, opts: SendOptions): IoResult<number> {
    const q = this.outbox;
    if (!q) return fail(EBADF);
    const refused = this.sendRefused(m, opts);
    if (refused !== 0) return fail(refused);
    if (q.messages && data.length > BUFFER_CAPACITY) return fail(EMSGSIZE);
    const atomic = q.messages || !opts.nonblock || (this.end === 'pipe-write' && data.length <= PIPE_BUF);
    if (q.space === 0 || (atomic && q.space < data.length)) return wouldBlock(this.noRoom(q.space, data.length));
    const n = Math.min(data.length, q.space);
    q.push(n === data.length ? data : data.subarray(0, n));
    this.peer?.notifyReadiness(EPOLLIN);
    return ok(n);
  }

  private noRoom(space: number, len: number): string {
    const where = this.isSocket ? "the peer's receive buffer" : 'the pipe';
    const room = space === 0 ? 'is full' : `has room for ${space} of the ${len} bytes`;
    return `${where} ${room}${this.isSocket ? '' : ' and its read end is open'}`;
  }

  /** Why a send fails before any byte moves (0: it may proceed); raises SIGPIPE where Linux does. */
  private sendRefused(m: ShimMachine, opts: SendOptions): number {
    const peer = this.peer;
    if (this.end === 'dgram') {
      if ((this.shutdownMask & SEND_SHUTDOWN) !== 0) return EPIPE;
      if (this.disconnected) return ENOTCONN;
      if (this.peerClosed) return this.disconnect();
      return peer && (peer.shutdownMask & RCV_SHUTDOWN) !== 0 ? EPIPE : 0;
    }
    const broken = this.peerClosed || (this.shutdownMask & SEND_SHUTDOWN) !== 0 || (peer !== undefined && (peer.shutdownMask & RCV_SHUTDOWN) !== 0);
    if (!broken) return 0;
    // send(2): "EPIPE ... the process will also receive a SIGPIPE unless MSG_NOSIGNAL is set". Linux sends
    // seqpacket messages through its datagram path, which gives EPIPE without the signal.
    if (!opts.nosignal && this.end !== 'seqpacket') deliver(m, SIGPIPE);
    return EPIPE;
  }

  /**
   * unix_dgram_sendmsg finding its peer dead: the socket forgets the peer and
   * drops what it had received (unix_dgram_disconnected), then ECONNREFUSED.
   */
  private disconnect(): number {
    this.disconnected = true;
    this.inbox!.clear();
    this.notifyReadiness();
    return ECONNREFUSED;
  }

  /** shutdown(2) on a connected pair: the peer sees the other half (af_unix.c unix_shutdown). */
  shutdown(how: number): void {
    const mode = (how + 1) & (RCV_SHUTDOWN | SEND_SHUTDOWN);
    this.shutdownMask |= mode;
    const peer = this.peer;
    if (peer && !this.peerClosed && this.end !== 'dgram') {
      if (mode & RCV_SHUTDOWN) peer.shutdownMask |= SEND_SHUTDOWN;
      if (mode & SEND_SHUTDOWN) peer.shutdownMask |= RCV_SHUTDOWN;
      peer.notifyReadiness();
    }
    this.notifyReadiness();
  }

  /** Pipes as fs/pipe.c pipe_poll, sockets as af_unix.c unix_poll/unix_dgram_poll (writable: any space, as Miri). */
  override readiness(): Readiness {
    if (this.end === 'pipe-read') {
      return { readable: this.inbox!.nonEmpty, writable: false, readHangup: false, hangup: this.peerClosed, error: false };
    }
    if (this.end === 'pipe-write') {
      return { readable: false, writable: this.outbox!.space > 0, readHangup: false, hangup: false, error: this.peerClosed };
    }
    const shut = this.end === 'dgram' ? this.shutdownMask : this.peerClosed ? RCV_SHUTDOWN | SEND_SHUTDOWN : this.shutdownMask;
    const rcvShut = (shut & RCV_SHUTDOWN) !== 0;
    const peerFull = this.end === 'dgram' && !this.peerClosed && this.outbox!.space === 0;
    return {
      readable: this.inbox!.nonEmpty || rcvShut,
      writable: this.end === 'dgram' ? !peerFull : this.peerClosed || this.outbox!.space > 0,
      readHangup: rcvShut,
      hangup: shut === (RCV_SHUTDOWN | SEND_SHUTDOWN),
      error: this.pendingError !== 0,
    };
  }

  /** The last fd is closed: the peer sees EOF / EPIPE (and ECONNRESET when it had sent data this end never read). */
  override close(_m: ShimMachine): IoResult<0> {
    const peer = this.peer;
    if (peer && !this.peerClosed) {
      peer.peerClosed = true;
      if (this.end !== 'dgram' && this.end !== 'pipe-read' && this.end !== 'pipe-write' && this.inbox!.nonEmpty) {
        peer.pendingError = ECONNRESET;
      }
      peer.notifyReadiness();
    }
    this.peer = undefined;
    this.peerClosed = true;
    return ok(0);
  }
}


/** Both ends of a new pipe: [read end, write end]. */
export function newPipe(): [UnnamedSocket, UnnamedSocket] {
  const ch = new Channel(false);
  const r = new UnnamedSocket('pipe-read', ch, undefined);
  const w = new UnnamedSocket('pipe-write', undefined, ch);
  r.peer = w;
  w.peer = r;
  return [r, w];
}

/** Both ends of a new connected socket pair of `end` kind. */
export function newSocketPair(end: 'stream' | 'seqpacket' | 'dgram'): [UnnamedSocket, UnnamedSocket] {
  const a = new Channel(end !== 'stream');
  const b = new Channel(end !== 'stream');
  const x = new UnnamedSocket(end, a, b);
  const y = new UnnamedSocket(end, b, a);
  x.peer = y;
  y.peer = x;
  return [x, y];
}

/**
 * Puts both ends in the fd table and the two fds at `fds` (int[2]). A null
 * `fds` is the kernel's EFAULT; any other bad pointer was caught before.
 */
function install(m: ShimMachine, fds: { addr: number; prov: number }, ends: [UnnamedSocket, UnnamedSocket], flags: number): number {
  if (fds.addr === 0) return failWith(m, EFAULT);
  for (const e of ends) if (flags & O_NONBLOCK) e.statusFlags |= O_NONBLOCK;
  const table = fdTable(m);
  const cloexec = (flags & O_CLOEXEC) !== 0;
  const a = table.insert(ends[0], 0, cloexec);
  if (!a.ok) return failWith(m, a.errno);
  const b = table.insert(ends[1], 0, cloexec);
  if (!b.ok) {
    table.close(m, a.value);
    return failWith(m, b.errno);
  }
  m.mem.storeScalar(fds, 'i32', a.value);
  m.mem.storeScalar({ addr: fds.addr + 4, prov: fds.prov }, 'i32', b.value);
  return 0;
}

function failWith(m: ShimMachine, errno: number): number {
  m.setErrno(errno);
  return -1;
}

/** Checks the int[2] result array (unless null, which is EFAULT later). */
function checkFdArray(m: ShimMachine, fds: { addr: number; prov: number }): void {
  if (fds.addr !== 0) m.mem.checkRange(fds, 8, 'write');
}

/** POSIX pipe: fds[0] is the read end, fds[1] the write end. */
export function pipe(m: ShimMachine, args: ShimValue[]): number {
  return pipe2(m, [args[0]!, 0]);
}

/** Linux pipe2(2): O_NONBLOCK and O_CLOEXEC; O_DIRECT (packet mode) is unsupported; anything else EINVAL. */
export function pipe2(m: ShimMachine, args: ShimValue[]): number {
  const fds = asPtr(args[0]!);
  const flags = asInt(args[1]!);
  checkFdArray(m, fds);
  if (flags & ~(O_NONBLOCK | O_CLOEXEC | O_DIRECT)) return failWith(m, EINVAL);
  if (flags & O_DIRECT) m.unsupported('pipe2 with O_DIRECT (packet-mode pipes)');
  return install(m, fds, newPipe(), flags);
}

/** socketpair(2): AF_UNIX/AF_LOCAL only, as Linux (other families have no socket pairs). */
export function socketpair(m: ShimMachine, args: ShimValue[]): number {
  const [domain, type, protocol] = [asInt(args[0]!), asInt(args[1]!), asInt(args[2]!)];
  const fds = asPtr(args[3]!);
  checkFdArray(m, fds);
  if (type & ~(0xf | SOCK_NONBLOCK | SOCK_CLOEXEC)) return failWith(m, EINVAL);
  if (domain !== AF_UNIX) return failWith(m, domain === AF_INET || domain === AF_INET6 ? EOPNOTSUPP : EAFNOSUPPORT);
  if (protocol !== 0 && protocol !== AF_UNIX) return failWith(m, EPROTONOSUPPORT);
  const base = type & 0xf;
  const end = base === SOCK_STREAM ? 'stream' : base === SOCK_SEQPACKET ? 'seqpacket' : base === SOCK_DGRAM || base === SOCK_RAW ? 'dgram' : undefined;
  if (!end) return failWith(m, ESOCKTNOSUPPORT);
  const flags = (type & SOCK_NONBLOCK ? O_NONBLOCK : 0) | (type & SOCK_CLOEXEC ? O_CLOEXEC : 0);
  return install(m, fds, newSocketPair(end), flags);
}

export const unnamedSocketShims: readonly ShimDef[] = [
  { name: 'pipe', params: ['ptr'], ret: 'i32', handler: pipe },
  { name: 'pipe2', params: ['ptr', 'i32'], ret: 'i32', handler: pipe2 },
  { name: 'socketpair', params: ['i32', 'i32', 'i32', 'ptr'], ret: 'i32', handler: socketpair },
];
