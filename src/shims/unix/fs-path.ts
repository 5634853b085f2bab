/**
 * Calls that change or inspect the tree by path or fd: access, faccessat,
 * unlink, unlinkat, rmdir, rename, renameat, mkdir, mkdirat, truncate,
 * ftruncate, fsync, fdatasync, getcwd, chdir, fchdir, umask, chmod, fchmod,
 * fchmodat (POSIX pages of the same names; errno values and their order as
 * Linux gives them), and `removePath`/`renamePath` for stdio's remove(3) and
 * rename(3).
 *
 * Every path is read as a checked C string and getcwd's buffer checked over
 * its whole size before anything happens.
 *
 * Not here: open (fs-file.ts), stat (fs-stat.ts), directory streams (fs-dir.ts).
 * Invariant: a failing call changes nothing and returns -1 with errno set.
 */
import type { ShimDef, ShimMachine, ShimValue } from '../shim.js';
import { asInt, asPtr, asSize } from '../shim.js';
import type { Ptr } from '../../memory/pointer.js';
import { cStringBytes, readCStringText, writeChecked } from '../access.js';
import { EACCES, EBADF, EFBIG, EINVAL, EISDIR, ENOENT, ENOTDIR, EPERM, ERANGE, EROFS } from '../errno.js';
import { fail, fdTable, type IoResult, ok, O_ACCMODE, O_RDONLY } from '../files.js';
import { fdError } from './fd.js';
import { atBase, Directory, MAX_FILE, RegularFile } from './fs-file.js';
import { type Inode, vfs } from './vfs.js';

const AT_REMOVEDIR = 0x200, AT_EACCESS = 0x200, AT_SYMLINK_NOFOLLOW = 0x100;
const NULL: Ptr = { addr: 0, prov: 0 };

function str(m: ShimMachine, p: ShimValue): string {
  return readCStringText(m, asPtr(p));
}

/** -1 with errno for a failure, 0 for success. */
function status(m: ShimMachine, r: IoResult<unknown>): number {
  return r.ok ? 0 : fdError(m, r.errno);
}

/** Runs `act` relative to the directory of a *at call (atBase's errno otherwise). */
function at<T>(m: ShimMachine, dirfd: ShimValue, p: string, act: (dir: Inode) => IoResult<T>): IoResult<T> {
  const dir = atBase(m, asInt(dirfd), p);
  return dir.ok ? act(dir.value) : dir;
}

const cwd = (m: ShimMachine): Inode => vfs(m).cwd;

// ---- access

/** POSIX access: F_OK 0, or R_OK 4 | W_OK 2 | X_OK 1; W_OK on a mount is EROFS. */
function accessIn(m: ShimMachine, dir: Inode, p: string, how: number): IoResult<0> {
  if ((how & ~7) !== 0) return fail(EINVAL);
  const fs = vfs(m);
  const r = fs.lookup(p, dir);
  if (!r.ok) return r;
  if ((how & 2) !== 0 && r.value.readonly) return fail(EROFS);
  return fs.permits(r.value, how) ? ok(0) : fail(EACCES);
}

// ---- unlink, rmdir, rename, mkdir

function removeIn(m: ShimMachine, dir: Inode, p: string, kind: 'file' | 'dir'): IoResult<0> {
  const fs = vfs(m);
  const slot = fs.parentOf(p, dir);
  if (!slot.ok) return slot;
  // unlink("name/"): Linux looks the name up as a directory first.
  if (kind === 'file' && p.endsWith('/')) {
    const n = fs.lookup(p, dir);
    return fail(n.ok ? EISDIR : n.errno);
  }
  return fs.remove(slot.value.dir, slot.value.name, kind);
}

function renameIn(m: ShimMachine, fromDir: Inode, from: string, toDir: Inode, to: string): IoResult<0> {
  const fs = vfs(m);
  const a = fs.parentOf(from, fromDir);
  if (!a.ok) return a;
  const b = fs.parentOf(to, toDir);
  if (!b.ok) return b;
  // A trailing slash is allowed only on directories.
  if (from.endsWith('/') || to.endsWith('/')) {
    const src = fs.lookup(from.replace(/\/+$/, '') || '/', fromDir);
    if (src.ok && src.value.kind !== 'dir') return fail(ENOTDIR);
  }
  return fs.rename(a.value, b.value);
}

function mkdirIn(m: ShimMachine, dir: Inode, p: string, mode: number): IoResult<0> {
  const fs = vfs(m);
  const slot = fs.parentOf(p, dir);
  if (!slot.ok) return slot;
  const r = fs.create(slot.value.dir, slot.value.name, 'dir', mode & 0o7777);
  return r.ok ? ok(0) : r;
}

/** remove(3) for stdio: unlink, or rmdir when the path names a directory (C17 7.21.4.1, POSIX remove). */
export function removePath(m: ShimMachine, p: string): IoResult<0> {
  const r = removeIn(m, cwd(m), p, 'file');
  return !r.ok && r.errno === EISDIR ? removeIn(m, cwd(m), p, 'dir') : r;
}

/** rename(3) for stdio (C17 7.21.4.2, POSIX rename). */
export function renamePath(m: ShimMachine, from: string, to: string): IoResult<0> {
  return renameIn(m, cwd(m), from, cwd(m), to);
}

// ---- sizes and syncing

/** POSIX ftruncate: the file grows with zeros or loses its tail; the offset stays. */
function truncateNode(m: ShimMachine, n: Inode, len: number): IoResult<0> {
  if (len > MAX_FILE) return fail(EFBIG);
  return vfs(m).resize(n, len);
}

/** Linux ftruncate(2): a negative length or a description not open for writing is EINVAL. */
function ftruncate(m: ShimMachine, a: ShimValue[]): number {
  const fd = asInt(a[0]!);
  const len = Number(a[1]!);
  if (len < 0) return fdError(m, EINVAL);
  const d = fdTable(m).get(fd);
  if (!d) return fdError(m, EBADF);
  if (!(d instanceof RegularFile) || (d.statusFlags & O_ACCMODE) === O_RDONLY) return fdError(m, EINVAL);
  return status(m, truncateNode(m, d.inode, len));
}

/** POSIX truncate: needs write permission; EISDIR for a directory. */
function truncate(m: ShimMachine, a: ShimValue[]): number {
  const p = str(m, a[0]!);
  const len = Number(a[1]!);
  if (len < 0) return fdError(m, EINVAL);
  const fs = vfs(m);
  const r = fs.lookup(p);
  if (!r.ok) return fdError(m, r.errno);
  if (r.value.kind === 'dir') return fdError(m, EISDIR);
  if (r.value.readonly) return fdError(m, EROFS);
  if (!fs.permits(r.value, 2)) return fdError(m, EACCES);
  return status(m, truncateNode(m, r.value, len));
}

/** POSIX fsync: host-backed files are written through already; pipes, sockets, terminals are EINVAL. */
function fsync(m: ShimMachine, a: ShimValue[]): number {
  const d = fdTable(m).get(asInt(a[0]!));
  if (!d) return fdError(m, EBADF);
  return d instanceof RegularFile || d instanceof Directory ? 0 : fdError(m, EINVAL);
}

// ---- working directory

/**
 * POSIX getcwd; glibc's extension: a null `buf` gets a malloc'd buffer of
 * `size` bytes (or just enough when `size` is 0) that the caller frees.
 */
function getcwd(m: ShimMachine, a: ShimValue[]): Ptr {
  const buf = asPtr(a[0]!);
  const size = asSize(a[1]!);
  if (buf.addr !== 0) m.mem.checkRange(buf, size, 'write');
  const path = vfs(m).pathOf(cwd(m));
  if (buf.addr !== 0 && size === 0) return err(m, EINVAL);
  if (path === undefined) return err(m, ENOENT);
  const text = cStringBytes(path);
  if (size !== 0 && text.length > size) return err(m, ERANGE);
  if (buf.addr !== 0) {
    writeChecked(m, buf, text);
    return buf;
  }
  const id = m.mem.allocate(Math.max(size, text.length), 16, 'heap');
  const out = { addr: m.mem.base(id), prov: id };
  writeChecked(m, out, text);
  return out;
}

function err(m: ShimMachine, errno: number): Ptr {
  m.setErrno(errno);
  return NULL;
}

/** POSIX chdir: a directory the program may search. */
function chdirTo(m: ShimMachine, r: IoResult<Inode>): IoResult<0> {
  if (!r.ok) return r;
  if (r.value.kind !== 'dir') return fail(ENOTDIR);
  const fs = vfs(m);
  if (!fs.permits(r.value, 1)) return fail(EACCES);
  fs.cwd = r.value;
  return ok(0);
}

function fchdir(m: ShimMachine, a: ShimValue[]): number {
  const d = fdTable(m).get(asInt(a[0]!));
  if (!d) return fdError(m, EBADF);
  return status(m, chdirTo(m, d instanceof Directory ? ok(d.inode) : fail(ENOTDIR)));
}

// ---- modes

/** POSIX chmod: only the owner may (EPERM), not on a mount (EROFS). */
function chmodNode(m: ShimMachine, r: IoResult<Inode>, mode: number): IoResult<0> {
  if (!r.ok) return r;
  if (r.value.readonly) return fail(EROFS);
  if (r.value.uid !== vfs(m).uid && vfs(m).uid !== 0) return fail(EPERM);
  r.value.mode = mode & 0o7777;
  vfs(m).touch(r.value);
  return ok(0);
}

function fdInode(m: ShimMachine, fd: number): IoResult<Inode> {
  const d = fdTable(m).get(fd);
  if (!d) return fail(EBADF);
  return d instanceof RegularFile || d instanceof Directory ? ok(d.inode) : fail(EINVAL);
}

function umask(m: ShimMachine, a: ShimValue[]): number {
  const fs = vfs(m);
  const old = fs.umask;
  fs.umask = asInt(a[0]!) & 0o777;
  return old;
}

export const fsPathShims: readonly ShimDef[] = [
  { name: 'access', params: ['ptr', 'i32'], ret: 'i32', handler: (m, a) => status(m, accessIn(m, cwd(m), str(m, a[0]!), asInt(a[1]!))) },
  { name: 'faccessat', params: ['i32', 'ptr', 'i32', 'i32'], ret: 'i32', handler: (m, a) => {
    const p = str(m, a[1]!);
    if ((asInt(a[3]!) & ~(AT_EACCESS | AT_SYMLINK_NOFOLLOW)) !== 0) return fdError(m, EINVAL);
    return status(m, at(m, a[0]!, p, (dir) => accessIn(m, dir, p, asInt(a[2]!))));
  } },
  { name: 'unlink', params: ['ptr'], ret: 'i32', handler: (m, a) => status(m, removeIn(m, cwd(m), str(m, a[0]!), 'file')) },
  { name: 'rmdir', params: ['ptr'], ret: 'i32', handler: (m, a) => status(m, removeIn(m, cwd(m), str(m, a[0]!), 'dir')) },
  { name: 'unlinkat', params: ['i32', 'ptr', 'i32'], ret: 'i32', handler: (m, a) => {
    const p = str(m, a[1]!);
    const flags = asInt(a[2]!);
    if ((flags & ~AT_REMOVEDIR) !== 0) return fdError(m, EINVAL);
    return status(m, at(m, a[0]!, p, (dir) => removeIn(m, dir, p, (flags & AT_REMOVEDIR) !== 0 ? 'dir' : 'file')));
  } },
  { name: 'rename', params: ['ptr', 'ptr'], ret: 'i32', handler: (m, a) => status(m, renamePath(m, str(m, a[0]!), str(m, a[1]!))) },
  { name: 'renameat', params: ['i32', 'ptr', 'i32', 'ptr'], ret: 'i32', handler: (m, a) => {
    const from = str(m, a[1]!), to = str(m, a[3]!);
    return status(m, at(m, a[0]!, from, (fd) => at(m, a[2]!, to, (td) => renameIn(m, fd, from, td, to))));
  } },
  { name: 'mkdir', params: ['ptr', 'u32'], ret: 'i32', handler: (m, a) => status(m, mkdirIn(m, cwd(m), str(m, a[0]!), asInt(a[1]!))) },
  { name: 'mkdirat', params: ['i32', 'ptr', 'u32'], ret: 'i32', handler: (m, a) => {
    const p = str(m, a[1]!);
    return status(m, at(m, a[0]!, p, (dir) => mkdirIn(m, dir, p, asInt(a[2]!))));
  } },
  { name: 'ftruncate', params: ['i32', 'i64'], ret: 'i32', handler: ftruncate },
  { name: 'ftruncate64', params: ['i32', 'i64'], ret: 'i32', handler: ftruncate },
  { name: 'truncate', params: ['ptr', 'i64'], ret: 'i32', handler: truncate },
  { name: 'fsync', params: ['i32'], ret: 'i32', handler: fsync },
  { name: 'fdatasync', params: ['i32'], ret: 'i32', handler: fsync },
  { name: 'getcwd', params: ['ptr', 'u64'], ret: 'ptr', handler: getcwd },
  { name: 'chdir', params: ['ptr'], ret: 'i32', handler: (m, a) => status(m, chdirTo(m, vfs(m).lookup(str(m, a[0]!)))) },
  { name: 'fchdir', params: ['i32'], ret: 'i32', handler: fchdir },
  { name: 'umask', params: ['u32'], ret: 'u32', handler: umask },
  { name: 'chmod', params: ['ptr', 'u32'], ret: 'i32', handler: (m, a) => status(m, chmodNode(m, vfs(m).lookup(str(m, a[0]!)), asInt(a[1]!))) },
  { name: 'fchmod', params: ['i32', 'u32'], ret: 'i32', handler: (m, a) => status(m, chmodNode(m, fdInode(m, asInt(a[0]!)), asInt(a[1]!))) },
  { name: 'fchmodat', params: ['i32', 'ptr', 'u32', 'i32'], ret: 'i32', handler: (m, a) => {
    const p = str(m, a[1]!);
    if ((asInt(a[3]!) & ~AT_SYMLINK_NOFOLLOW) !== 0) return fdError(m, EINVAL);
    return status(m, chmodNode(m, at(m, a[0]!, p, (dir) => vfs(m).lookup(p, dir)), asInt(a[2]!)));
  } },
];
