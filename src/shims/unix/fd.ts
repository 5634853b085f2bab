/**
 * The fd data calls: read, write, pread, pwrite (POSIX pages of the same
 * names, Linux read(2)/write(2)), and `fdRead`/`fdWrite`, the shared entry
 * point every other family (stdio, sockets) uses to move bytes through an fd.
 *
 * Order in every call (CONVENTIONS.md 7, issue 5 "validation first"): check
 * the buffer over the whole requested length (for writes: also initialized),
 * then look the fd up, then act through its description (src/shims/files.ts).
 * So `read(fd, buf, 64)` into a 16-byte buffer is an out-of-bounds report at
 * the call even when only ten bytes were waiting.
 *
 * Short I/O: on a description whose `shortIo` holds (regular files, stream
 * sockets), a transfer of at least 2 bytes is halved with probability 1/2 from
 * the seed's `io` stream, as Linux may do; `--no-short-io` turns it off.
 * Blocking: a description answering `wouldBlock` gives EAGAIN when it (or the
 * call) is non-blocking, and parks the thread otherwise (concurrency/blocking.ts).
 * A zero-length transfer still reaches the description (a directory answers
 * EISDIR, an eventfd EINVAL, as on Linux) but never waits: it moves 0 bytes.
 *
 * Not here: vectored I/O (fd-vectored.ts), fd management (fd-control.ts).
 * Invariant: a failure returns -1 with errno set and no bytes moved.
 */
import type { ShimDef, ShimMachine, ShimValue } from '../shim.js';
import { asInt, asPtr, asSize } from '../shim.js';
import { EBADF, EINVAL } from '../errno.js';
import { fail, fdTable, type FileDescription, type IoResult, O_ACCMODE, O_NONBLOCK, O_RDONLY, O_WRONLY } from '../files.js';
import { block } from '../../concurrency/blocking.js';

/** Largest count Linux transfers in one call (MAX_RW_COUNT: INT_MAX rounded down to a page). */
export const MAX_RW_COUNT = 0x7ffff000;
/** SSIZE_MAX on x86-64. */
export const SSIZE_MAX = 2 ** 63 - 1;

export interface TransferOptions {
  /** Act as if the description were O_NONBLOCK (MSG_DONTWAIT). */
  readonly nonblock?: boolean;
  /** Position for pread/pwrite; the file offset is used and moved when absent. */
  readonly offset?: number;
}

/** How many bytes to move: `len`, or half of it when the seed shortens this transfer. */
export function transferLength(m: ShimMachine, desc: FileDescription, len: number): number {
  if (len < 2 || !m.config.shortIo || !desc.shortIo) return len;
  return m.random('io')() < 0.5 ? Math.floor(len / 2) : len;
}

/** The description of `fd` if it is open for reading (EBADF otherwise). */
export function readable(m: ShimMachine, fd: number): IoResult<FileDescription> {
  const desc = fdTable(m).get(fd);
  if (!desc || (desc.statusFlags & O_ACCMODE) === O_WRONLY) return fail(EBADF);
  return { ok: true, value: desc };
}

/** The description of `fd` if it is open for writing (EBADF otherwise). */
export function writable(m: ShimMachine, fd: number): IoResult<FileDescription> {
  const desc = fdTable(m).get(fd);
  if (!desc || (desc.statusFlags & O_ACCMODE) === O_RDONLY) return fail(EBADF);
  return { ok: true, value: desc };
}

/**
 * read(2) after validation: up to `len` bytes from `fd` (fewer when the seed
 * shortens the read); an empty result is end of file.
 */
export function fdRead(m: ShimMachine, fd: number, len: number, opts: TransferOptions = {}): IoResult<Uint8Array> {
  const d = readable(m, fd);
  if (!d.ok) return d;
  const desc = d.value;
  const n = transferLength(m, desc, Math.min(len, MAX_RW_COUNT));
  for (;;) {
    const r = opts.offset === undefined ? desc.read(m, n) : desc.pread(m, n, opts.offset);
    if (r.ok || r.block === undefined) return r;
    if (n === 0) return { ok: true, value: new Uint8Array(0) };
    if (opts.nonblock || (desc.statusFlags & O_NONBLOCK) !== 0) return fail(r.errno);
    block(m, `read from fd ${fd} (${desc.name}): ${r.block}`);
  }
}

/** write(2) after validation: how many bytes of `data` `fd` took (fewer when the seed shortens the write). */
export function fdWrite(m: ShimMachine, fd: number, data: Uint8Array, opts: TransferOptions = {}): IoResult<number> {
  const d = writable(m, fd);
  if (!d.ok) return d;
  const desc = d.value;
  const n = transferLength(m, desc, Math.min(data.length, MAX_RW_COUNT));
  const chunk = n === data.length ? data : data.subarray(0, n);
  for (;;) {
    const r = opts.offset === undefined ? desc.write(m, chunk) : desc.pwrite(m, chunk, opts.offset);
    if (r.ok || r.block === undefined) return r;
    if (n === 0) return { ok: true, value: 0 };
    if (opts.nonblock || (desc.statusFlags & O_NONBLOCK) !== 0) return fail(r.errno);
    block(m, `write to fd ${fd} (${desc.name}): ${r.block}`);
  }
}

/** Returns -1 with errno set. */
export function fdError(m: ShimMachine, errno: number): number {
  m.setErrno(errno);
  return -1;
}

/** A size_t count (a huge one fails the buffer check, as the kernel's EFAULT would). */
function count(v: ShimValue): number {
  return asSize(v);
}

/** POSIX read: "read() shall attempt to read nbyte bytes ... into the buffer pointed to by buf". */
export function read(m: ShimMachine, args: ShimValue[]): number {
  const fd = asInt(args[0]!);
  const buf = asPtr(args[1]!);
  const len = count(args[2]!);
  m.mem.checkRange(buf, len, 'write');
  const r = fdRead(m, fd, len);
  if (!r.ok) return fdError(m, r.errno);
  if (r.value.length > 0) m.mem.writeBytes(buf, r.value);
  return r.value.length;
}

/** POSIX write: the bytes handed out must all be initialized (they leave the abstract machine). */
export function write(m: ShimMachine, args: ShimValue[]): number {
  const fd = asInt(args[0]!);
  const buf = asPtr(args[1]!);
  const len = count(args[2]!);
  const data = m.mem.readBytes(buf, len, true);
  const r = fdWrite(m, fd, data);
  return r.ok ? r.value : fdError(m, r.errno);
}

/** POSIX pread: a negative offset is EINVAL; ESPIPE on pipes, sockets and terminals. */
export function pread(m: ShimMachine, args: ShimValue[]): number {
  const fd = asInt(args[0]!);
  const buf = asPtr(args[1]!);
  const len = count(args[2]!);
  const offset = Number(args[3]!);
  m.mem.checkRange(buf, len, 'write');
  // Linux checks the offset before it looks the fd up (ksys_pread64).
  if (offset < 0) return fdError(m, EINVAL);
  const r = fdRead(m, fd, len, { offset });
  if (!r.ok) return fdError(m, r.errno);
  if (r.value.length > 0) m.mem.writeBytes(buf, r.value);
  return r.value.length;
}

/** POSIX pwrite. */
export function pwrite(m: ShimMachine, args: ShimValue[]): number {
  const fd = asInt(args[0]!);
  const buf = asPtr(args[1]!);
  const len = count(args[2]!);
  const offset = Number(args[3]!);
  const data = m.mem.readBytes(buf, len, true);
  if (offset < 0) return fdError(m, EINVAL);
  const r = fdWrite(m, fd, data, { offset });
  return r.ok ? r.value : fdError(m, r.errno);
}

export const fdDataShims: readonly ShimDef[] = [
  { name: 'read', params: ['i32', 'ptr', 'u64'], ret: 'i64', handler: read },
  { name: 'write', params: ['i32', 'ptr', 'u64'], ret: 'i64', handler: write },
  { name: 'pread', params: ['i32', 'ptr', 'u64', 'i64'], ret: 'i64', handler: pread },
  { name: 'pwrite', params: ['i32', 'ptr', 'u64', 'i64'], ret: 'i64', handler: pwrite },
  { name: 'pread64', params: ['i32', 'ptr', 'u64', 'i64'], ret: 'i64', handler: pread },
  { name: 'pwrite64', params: ['i32', 'ptr', 'u64', 'i64'], ret: 'i64', handler: pwrite },
];
