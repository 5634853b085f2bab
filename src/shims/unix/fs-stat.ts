/**
 * stat, lstat, fstat, fstatat (POSIX pages of the same names, Linux
 * stat(2)), and utimensat, futimens, which set the time stat reports:
 * filling a struct stat in glibc's x86-64 layout (144 bytes:
 * st_dev @0, st_ino @8, st_nlink @16, st_mode @24, st_uid @28, st_gid @32,
 * st_rdev @40, st_size @48, st_blksize @56, st_blocks @64, st_atim @72,
 * st_mtim @88, st_ctim @104, checked against gcc's offsetof).
 *
 * The path is read as a checked C string and the whole 144-byte buffer is
 * checked writable before the lookup, so a too-small buffer is reported at the
 * call even when the path does not exist. Descriptions that are not files
 * (pipes, sockets, terminals, eventfd, epoll) get the type bits Linux shows.
 *
 * Not here: symbolic links (none exist, so lstat is stat).
 */
import type { ShimDef, ShimMachine, ShimValue } from '../shim.js';
import { asInt, asPtr } from '../shim.js';
import type { Ptr } from '../../memory/pointer.js';
import { readCStringText, writeChecked } from '../access.js';
import { EACCES, EBADF, EINVAL, EPERM, EROFS } from '../errno.js';
import { fdTable, type FileDescription, type IoResult } from '../files.js';
import { fdError } from './fd.js';
import { atBase, Directory, RegularFile } from './fs-file.js';
import { hostUtimes } from './fs-host.js';
import { type Inode, vfs, type Vfs } from './vfs.js';

export const STAT_SIZE = 144;
const S_IFREG = 0o100000, S_IFDIR = 0o040000, S_IFIFO = 0o010000, S_IFCHR = 0o020000, S_IFSOCK = 0o140000;
const AT_FDCWD = -100, AT_SYMLINK_NOFOLLOW = 0x100, AT_NO_AUTOMOUNT = 0x800, AT_EMPTY_PATH = 0x1000;
/** The virtual file system's device number (a disk's 8:3), and pipefs's. */
const VFS_DEV = 0x803, PIPE_DEV = 0xd;

export interface StatInfo {
  readonly dev: number;
  readonly ino: number;
  readonly mode: number;
  readonly nlink: number;
  readonly uid: number;
  readonly gid: number;
  readonly size: number;
  readonly time: number;
}

export function inodeStat(fs: Vfs, n: Inode): StatInfo {
  const dir = n.kind === 'dir';
  if (dir) fs.entries(n); // a host directory's subdirectories count in its nlink
  return {
    dev: VFS_DEV, ino: n.ino, mode: (dir ? S_IFDIR : S_IFREG) | n.mode, nlink: n.nlink, uid: n.uid,
    // A host file's size is known from its listing: stat does not read its bytes.
    gid: n.gid, size: dir ? 4096 : n.size, time: n.mtime,
  };
}

/** What fstat shows for a description: its inode, or what Linux shows for pipes, sockets and the rest. */
function descStat(fs: Vfs, d: FileDescription, fd: number): StatInfo {
  if (d instanceof RegularFile || d instanceof Directory) return inodeStat(fs, d.inode);
  const type = d.kind === 'terminal' ? S_IFCHR | 0o620 : d.kind === 'socket' ? S_IFSOCK | 0o777 : d.kind === 'pipe' ? S_IFIFO | 0o600 : 0o600;
  return { dev: PIPE_DEV, ino: 1000 + fd, mode: type, nlink: 1, uid: fs.uid, gid: fs.gid, size: 0, time: fs.root.mtime };
}

/** The bytes of a struct stat. */
export function statBytes(s: StatInfo): Uint8Array {
  const bytes = new Uint8Array(STAT_SIZE);
  const v = new DataView(bytes.buffer);
  v.setBigUint64(0, BigInt(s.dev), true);
  v.setBigUint64(8, BigInt(s.ino), true);
  v.setBigUint64(16, BigInt(s.nlink), true);
  v.setUint32(24, s.mode, true);
  v.setUint32(28, s.uid, true);
  v.setUint32(32, s.gid, true);
  v.setBigInt64(48, BigInt(s.size), true);
  v.setBigInt64(56, 4096n, true);
  // st_blocks counts 512-byte units of whole 4096-byte blocks, as ext4 allocates.
  v.setBigInt64(64, BigInt(Math.ceil(s.size / 4096) * 8), true);
  for (const at of [72, 88, 104]) v.setBigInt64(at, BigInt(s.time), true);
  return bytes;
}

/** Stores the result of a lookup into the (already checked) buffer: 0, or -1 with errno. */
function store(m: ShimMachine, buf: Ptr, r: IoResult<StatInfo>): number {
  if (!r.ok) return fdError(m, r.errno);
  writeChecked(m, buf, statBytes(r.value));
  return 0;
}

function pathStat(m: ShimMachine, base: IoResult<Inode> | undefined, p: string): IoResult<StatInfo> {
  const fs = vfs(m);
  const dir = base ?? { ok: true, value: fs.cwd };
  if (!dir.ok) return dir;
  const r = fs.lookup(p, dir.value);
  return r.ok ? { ok: true, value: inodeStat(fs, r.value) } : r;
}

function fdStat(m: ShimMachine, fd: number): IoResult<StatInfo> {
  const d = fdTable(m).get(fd);
  return d ? { ok: true, value: descStat(vfs(m), d, fd) } : { ok: false, errno: EBADF };
}

/** POSIX stat (and lstat: there are no symbolic links). */
function stat(m: ShimMachine, a: ShimValue[]): number {
  const p = readCStringText(m, asPtr(a[0]!));
  const buf = asPtr(a[1]!);
  m.mem.checkRange(buf, STAT_SIZE, 'write');
  return store(m, buf, pathStat(m, undefined, p));
}

/** POSIX fstat. */
function fstat(m: ShimMachine, a: ShimValue[]): number {
  const buf = asPtr(a[1]!);
  m.mem.checkRange(buf, STAT_SIZE, 'write');
  return store(m, buf, fdStat(m, asInt(a[0]!)));
}

/** POSIX fstatat; Linux's AT_EMPTY_PATH with "" is fstat of `dirfd` (or of the cwd for AT_FDCWD). */
function fstatat(m: ShimMachine, a: ShimValue[]): number {
  const dirfd = asInt(a[0]!);
  const p = readCStringText(m, asPtr(a[1]!));
  const buf = asPtr(a[2]!);
  const flags = asInt(a[3]!);
  m.mem.checkRange(buf, STAT_SIZE, 'write');
  if ((flags & ~(AT_SYMLINK_NOFOLLOW | AT_NO_AUTOMOUNT | AT_EMPTY_PATH)) !== 0) return fdError(m, EINVAL);
  if (p === '' && (flags & AT_EMPTY_PATH) !== 0) {
    return store(m, buf, dirfd === AT_FDCWD ? pathStat(m, undefined, '.') : fdStat(m, dirfd));
  }
  return store(m, buf, pathStat(m, atBase(m, dirfd, p), p));
}

// ---- utimensat, futimens

const UTIME_NOW = (1 << 30) - 1, UTIME_OMIT = (1 << 30) - 2;

/** The new modification time from a `struct timespec times[2]` (NULL: now), or EINVAL; undefined for UTIME_OMIT. */
function newMtime(m: ShimMachine, fs: Vfs, times: Ptr): IoResult<{ mtime: number | undefined; explicit: boolean }> {
  if (times.addr === 0) return { ok: true, value: { mtime: fs.now(), explicit: false } };
  const raw = m.mem.readBytes(times, 32, true);
  const v = new DataView(raw.buffer, raw.byteOffset);
  let explicit = false;
  let mtime: number | undefined;
  for (const i of [0, 1]) {
    const sec = Number(v.getBigInt64(i * 16, true));
    const nsec = Number(v.getBigInt64(i * 16 + 8, true));
    if (nsec !== UTIME_NOW && nsec !== UTIME_OMIT && (nsec < 0 || nsec >= 1e9)) return { ok: false, errno: EINVAL };
    if (nsec !== UTIME_NOW && nsec !== UTIME_OMIT) explicit = true;
    if (i === 1) mtime = nsec === UTIME_OMIT ? undefined : nsec === UTIME_NOW ? fs.now() : sec;
  }
  return { ok: true, value: { mtime, explicit } };
}

/**
 * POSIX utimensat/futimens: explicit times need the owner (EPERM), "now" the
 * owner or write permission (EACCES); a mount is EROFS. Only the modification
 * time is kept (stat reports it as all three times).
 */
function setTimes(m: ShimMachine, node: IoResult<Inode>, times: Ptr): number {
  const fs = vfs(m);
  const t = newMtime(m, fs, times);
  if (!t.ok) return fdError(m, t.errno);
  if (!node.ok) return fdError(m, node.errno);
  const n = node.value;
  if (n.readonly) return fdError(m, EROFS);
  if (n.uid !== fs.uid && fs.uid !== 0 && (t.value.explicit || !fs.permits(n, 2))) return fdError(m, t.value.explicit ? EPERM : EACCES);
  if (t.value.mtime === undefined) return 0;
  if (n.host !== undefined) {
    const r = hostUtimes(n.host, t.value.mtime, t.value.mtime);
    if (!r.ok) return fdError(m, r.errno);
  }
  n.mtime = t.value.mtime;
  return 0;
}

function utimensat(m: ShimMachine, a: ShimValue[]): number {
  const dirfd = asInt(a[0]!);
  const pathPtr = asPtr(a[1]!);
  const times = asPtr(a[2]!);
  if ((asInt(a[3]!) & ~AT_SYMLINK_NOFOLLOW) !== 0) return fdError(m, EINVAL);
  // Linux: a null path means the file dirfd refers to (what futimens uses).
  if (pathPtr.addr === 0) return setTimes(m, fdInode(m, dirfd), times);
  const p = readCStringText(m, pathPtr);
  const dir = atBase(m, dirfd, p);
  return setTimes(m, dir.ok ? vfs(m).lookup(p, dir.value) : dir, times);
}

function fdInode(m: ShimMachine, fd: number): IoResult<Inode> {
  const d = fdTable(m).get(fd);
  if (!d) return { ok: false, errno: EBADF };
  return d instanceof RegularFile || d instanceof Directory ? { ok: true, value: d.inode } : { ok: false, errno: EINVAL };
}

export const fsStatShims: readonly ShimDef[] = [
  { name: 'utimensat', params: ['i32', 'ptr', 'ptr', 'i32'], ret: 'i32', handler: utimensat },
  { name: 'futimens', params: ['i32', 'ptr'], ret: 'i32', handler: (m, a) => setTimes(m, fdInode(m, asInt(a[0]!)), asPtr(a[1]!)) },
  { name: 'stat', params: ['ptr', 'ptr'], ret: 'i32', handler: stat },
  { name: 'stat64', params: ['ptr', 'ptr'], ret: 'i32', handler: stat },
  { name: 'lstat', params: ['ptr', 'ptr'], ret: 'i32', handler: stat },
  { name: 'lstat64', params: ['ptr', 'ptr'], ret: 'i32', handler: stat },
  { name: 'fstat', params: ['i32', 'ptr'], ret: 'i32', handler: fstat },
  { name: 'fstat64', params: ['i32', 'ptr'], ret: 'i32', handler: fstat },
  { name: 'fstatat', params: ['i32', 'ptr', 'ptr', 'i32'], ret: 'i32', handler: fstatat },
  { name: 'fstatat64', params: ['i32', 'ptr', 'ptr', 'i32'], ret: 'i32', handler: fstatat },
];
