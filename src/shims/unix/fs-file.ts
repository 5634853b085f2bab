/**
 * Opening paths of the virtual file system (POSIX open, Linux open(2)) and
 * the descriptions an open path gives: `RegularFile` (kind 'file': an offset
 * into an inode's bytes, so reads and writes on it may be shortened by the fd
 * layer) and `Directory` (kind 'directory': read is EISDIR).
 *
 * `openIn` follows open(2) step by step: access mode, lookup, O_CREAT|O_EXCL,
 * creation with the umask (the creator may use the new file whatever its
 * mode says), O_DIRECTORY, EISDIR for writing a directory, EROFS on a mount,
 * permission bits (O_TRUNC needs write permission too, and truncates even
 * with O_RDONLY, as Linux does), then O_TRUNC. O_TMPFILE makes an unnamed
 * file in the directory named. F_GETFL shows O_LARGEFILE, which the x86-64
 * kernel always adds.
 *
 * Not here: the shims taking C arguments (fs.ts), stat (fs-stat.ts).
 * Invariant: a failing open changes nothing (no file created, none truncated).
 */
import type { ShimMachine } from '../shim.js';
import { EBADF, EFBIG, EINVAL, EISDIR, ENOENT, ENOTDIR, EROFS, EACCES, EEXIST } from '../errno.js';
import {
  fail, fdTable, FileDescription, type FileKind, type IoResult, ok, O_ACCMODE, O_APPEND, O_CLOEXEC, O_RDONLY, O_WRONLY, type Readiness,
} from '../files.js';
import { type Inode, vfs, type Vfs } from './vfs.js';

export const O_CREAT = 0o100, O_EXCL = 0o200, O_NOCTTY = 0o400, O_TRUNC = 0o1000;
export const O_LARGEFILE = 0o100000, O_DIRECTORY = 0o200000, O_TMPFILE = 0o20000000;
/** Largest file we model (Linux allows far more; the host's memory does not). */
export const MAX_FILE = 2 ** 31;
/** Flags open(2) consumes: F_GETFL does not show them. */
const OPEN_ONLY = O_CREAT | O_EXCL | O_NOCTTY | O_TRUNC | O_CLOEXEC | O_TMPFILE;
/** Regular files and directories are always ready (poll(2): files without a poll method). */
const ALWAYS_READY: Readiness = { readable: true, writable: true, readHangup: false, hangup: false, error: false };

/** An open regular file: an offset into an inode's bytes. */
export class RegularFile extends FileDescription {
  offset = 0;

  constructor(private readonly fs: Vfs, readonly inode: Inode, name: string, flags: number) {
    super(name);
    this.statusFlags = (flags & ~OPEN_ONLY & ~O_DIRECTORY) | O_LARGEFILE;
  }

  override get kind(): FileKind { return 'file'; }
  override get lockTarget(): object { return this.inode; }
  override readiness(): Readiness { return ALWAYS_READY; }

  /** Access mode 3 (Linux's "ioctl only") passes the fd layer's checks: neither read nor write. */
  private get ioctlOnly(): boolean {
    return (this.statusFlags & O_ACCMODE) === O_ACCMODE;
  }

  override read(_m: ShimMachine, len: number): IoResult<Uint8Array> {
    if (this.ioctlOnly) return fail(EBADF);
    const r = this.readAt(len, this.offset);
    this.offset += r.length;
    return ok(r);
  }

  override pread(_m: ShimMachine, len: number, offset: number): IoResult<Uint8Array> {
    return this.ioctlOnly ? fail(EBADF) : ok(this.readAt(len, offset));
  }

  /** POSIX read: at or past the end of file, 0 bytes. */
  private readAt(len: number, at: number): Uint8Array {
    const bytes = this.fs.bytes(this.inode);
    return bytes.slice(Math.min(at, bytes.length), Math.min(at + len, bytes.length));
  }

  override write(_m: ShimMachine, data: Uint8Array): IoResult<number> {
    // O_APPEND: every write goes to the end, atomically with moving there.
    if ((this.statusFlags & O_APPEND) !== 0) this.offset = this.fs.bytes(this.inode).length;
    const r = this.writeAt(data, this.offset);
    if (r.ok) this.offset += r.value;
    return r;
  }

  override pwrite(_m: ShimMachine, data: Uint8Array, offset: number): IoResult<number> {
    // Linux pwrite(2) BUGS: on an O_APPEND file the data goes to the end whatever the offset.
    return this.writeAt(data, (this.statusFlags & O_APPEND) !== 0 ? this.fs.bytes(this.inode).length : offset);
  }

  /** POSIX write: a write past the end fills the gap with zeros. */
  private writeAt(data: Uint8Array, at: number): IoResult<number> {
    if (this.ioctlOnly) return fail(EBADF);
    if (at + data.length > MAX_FILE) return fail(EFBIG);
    return this.fs.write(this.inode, data, at);
  }

  /** POSIX lseek: any offset at or past the end is allowed, a negative one is EINVAL. SEEK_DATA/SEEK_HOLE: unsupported (holes are not modelled). */
  override seek(m: ShimMachine, offset: number, whence: number): IoResult<number> {
    if (whence === 3 || whence === 4) return m.unsupported(`lseek with ${whence === 3 ? 'SEEK_DATA' : 'SEEK_HOLE'}`);
    const base = whence === 0 ? 0 : whence === 1 ? this.offset : this.fs.bytes(this.inode).length;
    const to = base + offset;
    if (!Number.isSafeInteger(to) || to < 0) return fail(EINVAL);
    this.offset = to;
    return ok(to);
  }

  /** ioctl FIONREAD on a regular file: the bytes between the offset and the end. */
  override available(): IoResult<number> {
    return ok(Math.max(0, this.fs.bytes(this.inode).length - this.offset));
  }
}

/** An open directory (read-only; read(2) is EISDIR, write EBADF from the fd layer). */
export class Directory extends FileDescription {
  constructor(readonly inode: Inode, name: string, flags: number) {
    super(name);
    this.statusFlags = (flags & ~OPEN_ONLY) | O_LARGEFILE;
  }

  override get kind(): FileKind { return 'directory'; }
  override get lockTarget(): object { return this.inode; }
  override readiness(): Readiness { return ALWAYS_READY; }
  override read(): IoResult<Uint8Array> { return fail(EISDIR); }
  override pread(): IoResult<Uint8Array> { return fail(EISDIR); }
  /**
   * lseek(2) on a directory moves its position among the entries, as a
   * memory file system (tmpfs) does: SEEK_SET and SEEK_CUR to any offset at
   * or past 0, SEEK_END is EINVAL (there is no end to seek from).
   */
  override seek(_m: ShimMachine, offset: number, whence: number): IoResult<number> {
    const to = whence === 0 ? offset : whence === 1 ? this.position + offset : -1;
    if (to < 0) return fail(EINVAL);
    this.position = to;
    return ok(to);
  }
  private position = 0;
}

/** The permission bits open(2) needs for `flags` (O_TRUNC needs write too). */
function wanted(flags: number): number {
  const acc = flags & O_ACCMODE;
  const bits = acc === O_RDONLY ? 4 : acc === O_WRONLY ? 2 : 6;
  return (flags & O_TRUNC) !== 0 ? bits | 2 : bits;
}

/** open(2) of `p` relative to directory `dir`; the new fd (lowest free, FD_CLOEXEC with O_CLOEXEC). */
export function openIn(m: ShimMachine, dir: Inode, p: string, flags: number, mode: number): IoResult<number> {
  const fs = vfs(m);
  if ((flags & O_TMPFILE) === O_TMPFILE) return openTmpfile(m, fs, dir, p, flags, mode);
  const found = fs.lookup(p, dir);
  if (!found.ok) return found.errno === ENOENT && (flags & O_CREAT) !== 0 ? createAndOpen(m, fs, dir, p, flags, mode) : found;
  if ((flags & O_CREAT) !== 0 && (flags & O_EXCL) !== 0) return fail(EEXIST);
  const node = found.value;
  const writes = (flags & O_ACCMODE) !== O_RDONLY || (flags & O_TRUNC) !== 0;
  if (node.kind === 'dir') {
    if (writes || (flags & O_CREAT) !== 0) return fail(EISDIR);
    if (!fs.permits(node, 4)) return fail(EACCES);
    return install(m, new Directory(node, p, flags), flags);
  }
  if ((flags & O_DIRECTORY) !== 0) return fail(ENOTDIR);
  if (node.readonly && writes) return fail(EROFS);
  if (!fs.permits(node, wanted(flags))) return fail(EACCES);
  if ((flags & O_TRUNC) !== 0 && node.size !== 0) {
    const r = fs.resize(node, 0);
    if (!r.ok) return r;
  }
  return install(m, new RegularFile(fs, node, p, flags), flags);
}

/** O_CREAT of a name that does not exist: the new file, open whatever its mode (POSIX open, O_CREAT). */
function createAndOpen(m: ShimMachine, fs: Vfs, dir: Inode, p: string, flags: number, mode: number): IoResult<number> {
  const slot = fs.parentOf(p, dir);
  if (!slot.ok) return slot;
  if (p.endsWith('/')) return fail(EISDIR);
  const made = fs.create(slot.value.dir, slot.value.name, 'file', mode);
  if (!made.ok) return made;
  return install(m, new RegularFile(fs, made.value, p, flags), flags);
}

/** Linux O_TMPFILE: an unnamed regular file in directory `p`, gone when its last fd closes. */
function openTmpfile(m: ShimMachine, fs: Vfs, dir: Inode, p: string, flags: number, mode: number): IoResult<number> {
  if ((flags & O_ACCMODE) === O_RDONLY || (flags & O_CREAT) !== 0) return fail(EINVAL);
  const at = fs.lookup(p, dir);
  if (!at.ok) return at;
  if (at.value.kind !== 'dir') return fail(ENOTDIR);
  if (at.value.readonly) return fail(EROFS);
  if (!fs.permits(at.value, 3)) return fail(EACCES);
  const node = fs.node('file', mode & ~fs.umask & 0o7777, fs.uid, false, undefined);
  node.nlink = 0;
  return install(m, new RegularFile(fs, node, p, flags & ~O_DIRECTORY), flags);
}

function install(m: ShimMachine, desc: FileDescription, flags: number): IoResult<number> {
  return fdTable(m).insert(desc, 0, (flags & O_CLOEXEC) !== 0);
}

/**
 * open(2) of `p` relative to the working directory (for stdio's fopen and
 * anything else that opens by path): the new fd, or the errno Linux gives.
 */
export function openPath(m: ShimMachine, p: string, flags: number, mode: number): IoResult<number> {
  return openIn(m, vfs(m).cwd, p, flags, mode);
}

/** The directory a *at call resolves a relative `p` from (POSIX openat: AT_FDCWD or a directory fd). */
export function atBase(m: ShimMachine, dirfd: number, p: string): IoResult<Inode> {
  const AT_FDCWD = -100;
  if (p === '') return fail(ENOENT);
  if (p.startsWith('/') || dirfd === AT_FDCWD) return ok(vfs(m).cwd);
  const desc = fdTable(m).get(dirfd);
  if (!desc) return fail(EBADF);
  if (!(desc instanceof Directory)) return fail(ENOTDIR);
  return ok(desc.inode);
}
