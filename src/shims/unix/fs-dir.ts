/**
 * Directory streams: opendir, fdopendir, readdir, readdir_r, closedir,
 * rewinddir, telldir, seekdir, dirfd (POSIX pages of the same names) over
 * the virtual file system.
 *
 * A DIR * is a small allocation of ciri's own that the program must not free
 * (closedir does; free() of it is an invalid free); the struct dirent that
 * readdir returns lives in a second one owned by the stream, overwritten by
 * the next readdir and freed by closedir, so using either after closedir is a
 * use-after-free. Entries come as glibc gives them: the first readdir after
 * opendir or rewinddir takes a snapshot of the directory (glibc reads a 32 KiB
 * getdents buffer, so a loop that unlinks what it reads still sees every
 * entry), `.` and `..` first, then the names (in creation order; Linux's order
 * is unspecified too). struct dirent is glibc's x86-64 layout: d_ino @0,
 * d_off @8, d_reclen @16, d_type @18, d_name[256] @19, 280 bytes; d_reclen is
 * the kernel's (the name's record rounded up to 8 bytes).
 *
 * Not here: scandir and alphasort (scandir calls back into C).
 * Invariant: a DIR * argument is resolved to a live stream before anything
 * else happens, and an unknown pointer is reported, never guessed.
 */
import type { ShimDef, ShimMachine, ShimValue } from '../shim.js';
import { asInt, asPtr } from '../shim.js';
import type { Ptr } from '../../memory/pointer.js';
import { familyState, readCStringText, textBytes } from '../access.js';
import { EBADF, ENOTDIR } from '../errno.js';
import { fdTable, O_CLOEXEC } from '../files.js';
import { Directory, O_DIRECTORY } from './fs-file.js';
import { openPath } from './fs-file.js';
import { fdError } from './fd.js';
import { type Inode, vfs } from './vfs.js';

export const DIRENT_SIZE = 280;
const DIR_SIZE = 32;
const DT_DIR = 4, DT_REG = 8;
const NULL: Ptr = { addr: 0, prov: 0 };

interface DirStream {
  readonly fd: number;
  readonly ptr: Ptr;
  readonly dirent: Ptr;
  /** Position: 0 is `.`, 1 is `..`, then the snapshot's entries. */
  pos: number;
  /** The entries as of the first readdir since opening or rewinding. */
  snapshot: [string, Inode][] | undefined;
}

function streams(m: ShimMachine): Map<number, DirStream> {
  return familyState(m, 'dirstreams', () => new Map<number, DirStream>());
}

function newStream(m: ShimMachine, fd: number): Ptr {
  const id = m.mem.allocate(DIR_SIZE, 8, 'library', 'DIR', true);
  const ptr = { addr: m.mem.base(id), prov: id };
  const did = m.mem.allocate(DIRENT_SIZE, 8, 'library', 'struct dirent', true);
  streams(m).set(id, { fd, ptr, dirent: { addr: m.mem.base(did), prov: did }, pos: 0, snapshot: undefined });
  return ptr;
}

/** The stream of a DIR * argument: null is UB, a closed stream a use-after-free (from memory), anything else invalid. */
function streamOf(m: ShimMachine, p: Ptr): DirStream {
  if (p.addr === 0) m.raise({ kind: 'invalid-argument', fn: m.currentShim, detail: 'the DIR * argument is a null pointer' });
  m.mem.checkRange(p, 1, 'read');
  const s = streams(m).get(p.prov);
  if (!s || s.ptr.addr !== p.addr) m.raise({ kind: 'invalid-argument', fn: m.currentShim, detail: 'the DIR * argument was not returned by opendir or fdopendir' });
  return s;
}

/** POSIX opendir: open(name, O_RDONLY | O_DIRECTORY | O_CLOEXEC), then a stream over it. */
function opendir(m: ShimMachine, a: ShimValue[]): Ptr {
  const r = openPath(m, readCStringText(m, asPtr(a[0]!)), O_DIRECTORY | O_CLOEXEC, 0);
  if (!r.ok) {
    m.setErrno(r.errno);
    return NULL;
  }
  return newStream(m, r.value);
}

/** POSIX fdopendir: the stream takes the fd over (closedir closes it). */
function fdopendir(m: ShimMachine, a: ShimValue[]): Ptr {
  const fd = asInt(a[0]!);
  const d = fdTable(m).get(fd);
  if (!d || !(d instanceof Directory)) {
    m.setErrno(d ? ENOTDIR : EBADF);
    return NULL;
  }
  return newStream(m, fd);
}

/** The next entry's bytes, or undefined at the end (errno untouched); EBADF when the fd was closed behind the stream's back. */
function nextEntry(m: ShimMachine, s: DirStream): Uint8Array | undefined | number {
  const d = fdTable(m).get(s.fd);
  if (!(d instanceof Directory)) return EBADF;
  const dir = d.inode;
  s.snapshot ??= [['.', dir], ['..', dir.parent ?? dir], ...vfs(m).entries(dir)];
  const entry = s.snapshot[s.pos];
  if (!entry) return undefined;
  s.pos++;
  return direntBytes(entry[0], entry[1], s.pos);
}

function direntBytes(name: string, node: Inode, next: number): Uint8Array {
  const bytes = new Uint8Array(DIRENT_SIZE);
  const v = new DataView(bytes.buffer);
  const encoded = textBytes(name).subarray(0, 255);
  v.setBigUint64(0, BigInt(node.ino), true);
  v.setBigInt64(8, BigInt(next), true);
  v.setUint16(16, (19 + encoded.length + 1 + 7) & ~7, true);
  bytes[18] = node.kind === 'dir' ? DT_DIR : DT_REG;
  bytes.set(encoded, 19);
  return bytes;
}

/** POSIX readdir: a pointer to the stream's struct dirent, or NULL at the end (errno unchanged) or on error. */
function readdir(m: ShimMachine, a: ShimValue[]): Ptr {
  const s = streamOf(m, asPtr(a[0]!));
  const r = nextEntry(m, s);
  if (typeof r === 'number') {
    m.setErrno(r);
    return NULL;
  }
  if (!r) return NULL;
  m.mem.writeBytes(s.dirent, r);
  return s.dirent;
}

/** POSIX readdir_r: fills the caller's struct dirent (checked over its 280 bytes), *result is it or NULL at the end. */
function readdir_r(m: ShimMachine, a: ShimValue[]): number {
  const s = streamOf(m, asPtr(a[0]!));
  const entry = asPtr(a[1]!);
  const result = asPtr(a[2]!);
  m.mem.checkRange(entry, DIRENT_SIZE, 'write');
  m.mem.checkRange(result, 8, 'write');
  const r = nextEntry(m, s);
  if (typeof r === 'number') return r;
  if (r) m.mem.writeBytes(entry, r);
  m.mem.storePtr(result, r ? entry : NULL);
  return 0;
}

/** POSIX closedir: frees the DIR and its dirent, closes the fd. */
function closedir(m: ShimMachine, a: ShimValue[]): number {
  const s = streamOf(m, asPtr(a[0]!));
  streams(m).delete(s.ptr.prov);
  m.mem.freeStack(s.ptr.prov);
  m.mem.freeStack(s.dirent.prov);
  const r = fdTable(m).close(m, s.fd);
  return r.ok ? 0 : fdError(m, r.errno);
}

/** POSIX seekdir: back to a position telldir gave (a fresh snapshot if it is 0, as rewinddir). */
function seekdir(m: ShimMachine, a: ShimValue[]): void {
  const s = streamOf(m, asPtr(a[0]!));
  const to = Number(a[1]!);
  s.pos = Number.isSafeInteger(to) && to >= 0 ? to : 0;
  if (s.pos === 0) s.snapshot = undefined;
}

export const fsDirShims: readonly ShimDef[] = [
  { name: 'opendir', params: ['ptr'], ret: 'ptr', handler: opendir },
  { name: 'fdopendir', params: ['i32'], ret: 'ptr', handler: fdopendir },
  { name: 'readdir', params: ['ptr'], ret: 'ptr', handler: readdir },
  { name: 'readdir64', params: ['ptr'], ret: 'ptr', handler: readdir },
  { name: 'readdir_r', params: ['ptr', 'ptr', 'ptr'], ret: 'i32', handler: readdir_r },
  { name: 'closedir', params: ['ptr'], ret: 'i32', handler: closedir },
  { name: 'rewinddir', params: ['ptr'], ret: 'void', handler: (m, a) => seekdir(m, [a[0]!, 0]) },
  { name: 'telldir', params: ['ptr'], ret: 'i64', handler: (m, a) => streamOf(m, asPtr(a[0]!)).pos },
  { name: 'seekdir', params: ['ptr', 'i64'], ret: 'void', handler: seekdir },
  { name: 'dirfd', params: ['ptr'], ret: 'i32', handler: (m, a) => streamOf(m, asPtr(a[0]!)).fd },
];
