/**
 * Vectored I/O: readv, writev, preadv, pwritev (POSIX readv/writev, Linux
 * readv(2)). A vectored call is one read or write of the total length: the
 * data is gathered from the buffers in order for a write, and a (possibly
 * short) read fills the first buffers first, exactly as one read into a
 * buffer of the total size would, then split.
 *
 * Validation first: the iovec array itself must be readable and initialized
 * (iovcnt * 16 bytes), then every buffer over its whole length (writable for
 * readv, readable and initialized for writev), before the call acts, even on
 * a closed fd. `iovcnt` outside [0, IOV_MAX] and a total over SSIZE_MAX are
 * EINVAL, after EBADF as in Linux (a negative p*v offset: EINVAL first).
 *
 * Invariant: like read/write, a failure moves no bytes.
 */
import type { ShimDef, ShimMachine, ShimValue } from '../shim.js';
import { asInt, asPtr } from '../shim.js';
import type { Ptr } from '../../memory/pointer.js';
import { EBADF, EINVAL } from '../errno.js';
import { fdError, fdRead, fdWrite, readable, writable } from './fd.js';
import { fdTable } from '../files.js';

/** IOV_MAX on Linux (UIO_MAXIOV). */
export const IOV_MAX = 1024;
const IOVEC_SIZE = 16;
/** SSIZE_MAX on x86-64, exactly. */
const SSIZE_MAX_BIG = 2n ** 63n - 1n;

interface IoVec {
  readonly base: Ptr;
  readonly len: number;
}

/**
 * Reads and checks the iovec array and then each buffer. Errno values come
 * in Linux's order: EBADF (a closed fd, or one not open for this direction)
 * before EINVAL (iovcnt outside [0, IOV_MAX], a total over SSIZE_MAX). Returns
 * the errno instead of the vectors when the call must fail.
 */
function iovecs(m: ShimMachine, fd: number, iov: Ptr, cnt: number, access: 'read' | 'write'): IoVec[] | number {
  const usable = (access === 'write' ? readable : writable)(m, fd).ok;
  if (cnt < 0 || cnt > IOV_MAX) return usable ? EINVAL : EBADF;
  m.mem.readBytes(iov, cnt * IOVEC_SIZE, true);
  const out: IoVec[] = [];
  let total = 0n;
  for (let i = 0; i < cnt; i++) {
    const at = { addr: iov.addr + i * IOVEC_SIZE, prov: iov.prov };
    const base = m.mem.loadPtr(at);
    const len = BigInt(m.mem.loadScalar({ addr: at.addr + 8, prov: at.prov }, 'u64'));
    total += len;
    if (total > SSIZE_MAX_BIG) return usable ? EINVAL : EBADF;
    out.push({ base, len: Number(len) });
  }
  for (const v of out) {
    if (access === 'write') m.mem.checkRange(v.base, v.len, 'write');
    else m.mem.readBytes(v.base, v.len, true);
  }
  return usable ? out : EBADF;
}

function scatter(m: ShimMachine, vecs: readonly IoVec[], data: Uint8Array): void {
  let done = 0;
  for (const v of vecs) {
    if (done >= data.length) break;
    const n = Math.min(v.len, data.length - done);
    if (n > 0) m.mem.writeBytes(v.base, data.subarray(done, done + n));
    done += n;
  }
}

function gather(m: ShimMachine, vecs: readonly IoVec[]): Uint8Array {
  const total = vecs.reduce((s, v) => s + v.len, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const v of vecs) {
    out.set(m.mem.readBytes(v.base, v.len, true), at);
    at += v.len;
  }
  return out;
}

function vectoredRead(m: ShimMachine, args: ShimValue[], positioned: boolean): number {
  const fd = asInt(args[0]!);
  const offset = positioned ? Number(args[3]!) : undefined;
  // Linux checks preadv's offset before anything else (do_preadv).
  if (offset !== undefined && offset < 0) return fdError(m, EINVAL);
  const vecs = iovecs(m, fd, asPtr(args[1]!), asInt(args[2]!), 'write');
  if (typeof vecs === 'number') return fdError(m, vecs);
  const total = vecs.reduce((s, v) => s + v.len, 0);
  const r = fdRead(m, fd, total, offset === undefined ? {} : { offset });
  if (!r.ok) return fdError(m, r.errno);
  scatter(m, vecs, r.value);
  return r.value.length;
}

function vectoredWrite(m: ShimMachine, args: ShimValue[], positioned: boolean): number {
  const fd = asInt(args[0]!);
  const offset = positioned ? Number(args[3]!) : undefined;
  if (offset !== undefined && offset < 0) return fdError(m, EINVAL);
  const vecs = iovecs(m, fd, asPtr(args[1]!), asInt(args[2]!), 'read');
  if (typeof vecs === 'number') return fdError(m, vecs);
  if (fdTable(m).get(fd)?.writesEachBuffer && offset === undefined) return writeEachBuffer(m, fd, vecs);
  const r = fdWrite(m, fd, gather(m, vecs), offset === undefined ? {} : { offset });
  return r.ok ? r.value : fdError(m, r.errno);
}

/**
 * Linux's do_loop_readv_writev for a file without write_iter: one write per
 * buffer, stopping at the first failure or short write; a failure is the
 * result only if nothing was written before it. An empty first buffer is
 * written (and fails on eventfd) when the total is not 0; the iterator skips
 * later empty ones.
 */
function writeEachBuffer(m: ShimMachine, fd: number, vecs: readonly IoVec[]): number {
  let done = 0;
  if (vecs.every((v) => v.len === 0)) return 0;
  for (const [i, v] of vecs.entries()) {
    if (i > 0 && v.len === 0) continue;
    const r = fdWrite(m, fd, m.mem.readBytes(v.base, v.len, true));
    if (!r.ok) return done > 0 ? done : fdError(m, r.errno);
    done += r.value;
    if (r.value !== v.len) break;
  }
  return done;
}

export const fdVectoredShims: readonly ShimDef[] = [
  { name: 'readv', params: ['i32', 'ptr', 'i32'], ret: 'i64', handler: (m, a) => vectoredRead(m, a, false) },
  { name: 'writev', params: ['i32', 'ptr', 'i32'], ret: 'i64', handler: (m, a) => vectoredWrite(m, a, false) },
  { name: 'preadv', params: ['i32', 'ptr', 'i32', 'i64'], ret: 'i64', handler: (m, a) => vectoredRead(m, a, true) },
  { name: 'pwritev', params: ['i32', 'ptr', 'i32', 'i64'], ret: 'i64', handler: (m, a) => vectoredWrite(m, a, true) },
];
