/**
 * Open file descriptions and the per-process file descriptor table
 * (CONVENTIONS.md 3, after Miri's shims/files.rs; POSIX "open file
 * description", XSH 2.14 and the pages of read, write, close, dup).
 *
 * A `FileDescription` is what an fd refers to; several fds may share one
 * (dup). Every operation defaults to an `unsupported` stop, so a new kind of
 * description overrides only what it really supports. The standard streams
 * are descriptions too: stdin reads the bytes of `config.stdin`, stdout and
 * stderr write through `ShimMachine.writeOutput`.
 *
 * Not here: pipes, sockets, regular files (they come with their families);
 * access modes, short I/O and blocking, which the fd calls apply on top of
 * the descriptions (src/shims/unix/fd.ts, `fdRead`/`fdWrite`).
 *
 * Invariant: a description's `close` runs exactly once, when the last fd
 * referring to it is closed.
 */
import { readFileSync } from 'node:fs';
import { isatty } from 'node:tty';
import { EAGAIN, EBADF, EMFILE, ENOTTY, ESPIPE } from './errno.js';
import type { ShimMachine } from './shim.js';
import { familyState } from './access.js';

/**
 * A result or the errno explaining why there is none. `block`, present only
 * with EAGAIN, says the operation would block and why ("the pipe is empty"):
 * the fd layer turns it into EAGAIN for a non-blocking description and parks
 * the thread otherwise (src/concurrency/blocking.ts).
 */
export type IoResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly errno: number; readonly block?: string };

export function ok<T>(value: T): IoResult<T> {
  return { ok: true, value };
}

export function fail<T>(errno: number): IoResult<T> {
  return { ok: false, errno };
}

/** EAGAIN, marked as "would block" for the reason given. */
export function wouldBlock<T>(reason: string): IoResult<T> {
  return { ok: false, errno: EAGAIN, block: reason };
}

/** What kind of object a description is: drives short I/O (issue 5) and `stat`'s file type. */
export type FileKind = 'file' | 'directory' | 'pipe' | 'socket' | 'terminal' | 'eventfd' | 'epoll' | 'other';

/** Readiness as epoll/poll see it (Miri's `EpollReadyEvents`, Linux's EPOLL* bits). */
export interface Readiness {
  /** EPOLLIN: a read would not block. */
  readonly readable: boolean;
  /** EPOLLOUT: a write would not block. */
  readonly writable: boolean;
  /** EPOLLRDHUP: the peer shut down writing (sockets). */
  readonly readHangup: boolean;
  /** EPOLLHUP: both directions are closed. */
  readonly hangup: boolean;
  /** EPOLLERR: an error is pending (e.g. the peer closed with unread data). */
  readonly error: boolean;
}

export const NOT_READY: Readiness = { readable: false, writable: false, readHangup: false, hangup: false, error: false };

export const O_RDONLY = 0;
export const O_WRONLY = 1;
export const O_RDWR = 2;
export const O_ACCMODE = 3;
export const O_APPEND = 0o2000;
export const O_NONBLOCK = 0o4000;
export const O_CLOEXEC = 0o2000000;
export const FD_CLOEXEC = 1;

/** Highest number of open fds (glibc's default RLIMIT_NOFILE soft limit). */
export const OPEN_MAX = 1024;

export class FileDescription {
  /** How many fds refer to this description (maintained by FdTable). */
  refs = 0;
  /**
   * The open file status flags and access mode (POSIX fcntl F_GETFL/F_SETFL):
   * O_RDONLY/O_WRONLY/O_RDWR | O_APPEND | O_NONBLOCK ... They belong to the
   * description, so dup'ed fds share them.
   */
  statusFlags = O_RDWR;
  /**
   * Called whenever this description's readiness may have changed (data
   * arrived, space freed, the peer closed): epoll and poll subscribe here.
   * `events` (EPOLL* bits) says which events the change may have made true,
   * as Linux's keyed wake-ups do; undefined means any.
   */
  readonly watchers = new Set<(desc: FileDescription, events?: number) => void>();

  constructor(
    /** Shown in `unsupported` messages ("stdin", "pipe", ...). */
    readonly name: string,
  ) {}

  /** POSIX read: up to `len` bytes; an empty array is end of file. */
  read(m: ShimMachine, _len: number): IoResult<Uint8Array> {
    return m.unsupported(`read from ${this.name}`);
  }

  /** POSIX write: returns how many bytes were taken. */
  write(m: ShimMachine, _data: Uint8Array): IoResult<number> {
    return m.unsupported(`write to ${this.name}`);
  }

  /** POSIX pread: read at `offset` without moving the file offset (ESPIPE on what cannot seek). */
  pread(_m: ShimMachine, _len: number, _offset: number): IoResult<Uint8Array> {
    return fail(ESPIPE);
  }

  /** POSIX pwrite: write at `offset` without moving the file offset (ESPIPE on what cannot seek). */
  pwrite(_m: ShimMachine, _data: Uint8Array, _offset: number): IoResult<number> {
    return fail(ESPIPE);
  }

  /** POSIX lseek: the new offset (whence SEEK_SET 0, SEEK_CUR 1, SEEK_END 2, SEEK_DATA 3, SEEK_HOLE 4; the caller rejects the rest). */
  seek(_m: ShimMachine, _offset: number, _whence: number): IoResult<number> {
    return fail(ESPIPE);
  }

  /**
   * Whether reads and writes of at least 2 bytes may be shortened (issue 5:
   * regular files and stream sockets; never pipes, whose writes up to
   * PIPE_BUF are atomic, nor terminals, nor datagram sockets).
   */
  get shortIo(): boolean {
    return this.kind === 'file' || this.kind === 'socket';
  }

  /** What `flock` locks: the file behind the description (descriptions of one file conflict). */
  get lockTarget(): object {
    return this;
  }

  /**
   * Whether writev writes each buffer with a write of its own, as Linux does
   * for files without write_iter (do_loop_readv_writev: eventfd).
   */
  get writesEachBuffer(): boolean {
    return false;
  }

  /** Called when the last fd referring to this description is closed. */
  close(_m: ShimMachine): IoResult<0> {
    return ok(0);
  }

  /** Bytes a read could take now without blocking (ioctl FIONREAD); ENOTTY where Linux has none. */
  available(_m: ShimMachine): IoResult<number> {
    return fail(ENOTTY);
  }

  /** What this description is (short I/O applies to 'file' and 'socket'). */
  get kind(): FileKind {
    return 'other';
  }

  /** Readiness now, for epoll/poll/select (default: never ready). */
  readiness(): Readiness {
    return NOT_READY;
  }

  /** Tells the watchers (epoll instances) that readiness may have changed (for `events`, EPOLL* bits; any when absent). */
  notifyReadiness(events?: number): void {
    for (const w of [...this.watchers]) w(this, events);
  }
}

/**
 * F_GETFL of a terminal the shell opened: read-write, and O_LARGEFILE
 * (0o100000), which the x86-64 kernel adds to every open(2) and shows.
 */
const TERMINAL_FLAGS = O_RDWR | 0o100000;

/** fd 0: the bytes `config.stdin` provides, read once and then consumed in order. */
export class StdinDescription extends FileDescription {
  private data: Uint8Array | undefined;
  private pos = 0;

  constructor(private readonly terminal: boolean) {
    super('stdin');
    this.statusFlags = terminal ? TERMINAL_FLAGS : O_RDONLY;
  }

  override get kind(): FileKind {
    return this.terminal ? 'terminal' : 'pipe';
  }

  override read(m: ShimMachine, len: number): IoResult<Uint8Array> {
    const data = this.input(m);
    const n = Math.max(0, Math.min(len, data.length - this.pos));
    const out = data.slice(this.pos, this.pos + n);
    this.pos += n;
    return ok(out);
  }

  /** A read never blocks: it returns bytes or end of file. */
  override readiness(): Readiness {
    return { ...NOT_READY, readable: true };
  }

  /** FIONREAD: the bytes not read yet (all of stdin is known once it is first needed). */
  override available(m: ShimMachine): IoResult<number> {
    return ok(this.input(m).length - this.pos);
  }

  private input(m: ShimMachine): Uint8Array {
    if (this.data === undefined) {
      const source = m.config.stdin ?? hostStdin;
      this.data = source() ?? new Uint8Array(0);
    }
    return this.data;
  }
}

/** CiriConfig.stdin's documented default: the process's own stdin, read when first needed. */
function hostStdin(): Uint8Array | null {
  try {
    return new Uint8Array(readFileSync(0));
  } catch {
    return null;
  }
}

/** fd 1 and 2: the program's output, routed by the machine. */
export class OutputDescription extends FileDescription {
  constructor(private readonly fd: 1 | 2, private readonly terminal: boolean) {
    super(fd === 1 ? 'stdout' : 'stderr');
    this.statusFlags = terminal ? TERMINAL_FLAGS : O_WRONLY;
  }

  override get kind(): FileKind {
    return this.terminal ? 'terminal' : 'pipe';
  }

  override write(m: ShimMachine, data: Uint8Array): IoResult<number> {
    if (data.length > 0) m.writeOutput(this.fd, data);
    return ok(data.length);
  }

  /** A write never blocks: the machine takes every byte. */
  override readiness(): Readiness {
    return { ...NOT_READY, writable: true };
  }

  /** FIONREAD: nothing ever waits to be read on the program's output. */
  override available(): IoResult<number> {
    return ok(0);
  }
}

export class FdTable {
  private readonly fds: (FileDescription | undefined)[] = [];
  /** The fd flags (FD_CLOEXEC) of each fd: they belong to the fd, not to the description. */
  private readonly fdFlags: number[] = [];

  /** F_GETFD. */
  flags(fd: number): number {
    return this.fdFlags[fd] ?? 0;
  }

  /** F_SETFD (only FD_CLOEXEC exists). */
  setFlags(fd: number, flags: number): void {
    this.fdFlags[fd] = flags & FD_CLOEXEC;
  }

  /** Every open fd and its description (for closing descriptions' locks and for epoll). */
  *entries(): IterableIterator<[number, FileDescription]> {
    for (let fd = 0; fd < this.fds.length; fd++) {
      const d = this.fds[fd];
      if (d) yield [fd, d];
    }
  }

  /** The description behind `fd`, if it is open. */
  get(fd: number): FileDescription | undefined {
    return Number.isInteger(fd) && fd >= 0 ? this.fds[fd] : undefined;
  }

  /** POSIX: a new fd is the lowest-numbered one not open (at least `min`). EMFILE when none is left. */
  insert(desc: FileDescription, min = 0, cloexec = false): IoResult<number> {
    let fd = Math.max(0, min);
    while (fd < OPEN_MAX && this.fds[fd] !== undefined) fd++;
    if (fd >= OPEN_MAX) return fail(EMFILE);
    this.place(fd, desc, cloexec);
    return ok(fd);
  }

  /** dup (POSIX dup; fcntl F_DUPFD with `min`): a new fd sharing the description of `fd`, FD_CLOEXEC clear unless asked. */
  dup(fd: number, min = 0, cloexec = false): IoResult<number> {
    const desc = this.get(fd);
    return desc ? this.insert(desc, min, cloexec) : fail(EBADF);
  }

  /** dup2/dup3 (POSIX dup2): make `to` refer to `fd`'s description, closing what `to` had. */
  dup2(m: ShimMachine, fd: number, to: number, cloexec = false): IoResult<number> {
    const desc = this.get(fd);
    if (!desc || !Number.isInteger(to) || to < 0 || to >= OPEN_MAX) return fail(EBADF);
    if (fd === to) return ok(to);
    if (this.fds[to]) this.close(m, to);
    this.place(to, desc, cloexec);
    return ok(to);
  }

  /** POSIX close: the fd is freed even if closing the description reports an error. */
  close(m: ShimMachine, fd: number): IoResult<0> {
    const desc = this.get(fd);
    if (!desc) return fail(EBADF);
    this.fds[fd] = undefined;
    this.fdFlags[fd] = 0;
    desc.refs--;
    if (desc.refs !== 0) return ok(0);
    for (const hook of this.onLastClose) hook(desc);
    return desc.close(m);
  }

  /** Called when a description loses its last fd, before it closes (flock releases its lock, epoll forgets it). */
  readonly onLastClose: ((desc: FileDescription) => void)[] = [];

  private place(fd: number, desc: FileDescription, cloexec = false): void {
    this.fds[fd] = desc;
    this.fdFlags[fd] = cloexec ? FD_CLOEXEC : 0;
    desc.refs++;
  }
}

/** The process's fd table, created with 0, 1 and 2 open on first use. */
export function fdTable(m: ShimMachine): FdTable {
  return familyState(m, 'fd', () => {
    const t = new FdTable();
    t.insert(new StdinDescription(isHostTerminal(m, 0)));
    t.insert(new OutputDescription(1, isHostTerminal(m, 1)));
    t.insert(new OutputDescription(2, isHostTerminal(m, 2)));
    return t;
  });
}

/**
 * Whether standard stream `fd` is a terminal: only when the program's stream
 * is the process's own (no `config.stdin`/`stdout`/`stderr` redirection) and
 * that is a TTY, as isatty(3) would say natively.
 */
function isHostTerminal(m: ShimMachine, fd: 0 | 1 | 2): boolean {
  const redirected = fd === 0 ? m.config.stdin : fd === 1 ? m.config.stdout : m.config.stderr;
  if (redirected !== undefined) return false;
  try {
    return isatty(fd);
  } catch {
    return false;
  }
}

/** Writes all of `data` to `fd` (what stdio does on top of write); the errno on failure. */
export function writeAll(m: ShimMachine, fd: number, data: Uint8Array): IoResult<number> {
  const desc = fdTable(m).get(fd);
  if (!desc) return fail(EBADF);
  let done = 0;
  while (done < data.length) {
    const r = desc.write(m, data.subarray(done));
    if (!r.ok) return r;
    if (r.value === 0) break;
    done += r.value;
  }
  return ok(done);
}
