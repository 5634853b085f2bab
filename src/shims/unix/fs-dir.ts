/**
 * Directory streams: opendir, fdopendir, readdir, closedir, rewinddir,
 * dirfd (POSIX pages of the same names) over the virtual file system.
 *
 * A DIR * is a small allocation of ciri's own (the program must not free
 * it: closedir does); the struct dirent readdir returns lives in a second one
 * owned by the stream, overwritten by the next readdir and freed by closedir,
 * so using either after closedir is a use-after-free. Entries come as Linux
 * gives them: `.` and `..` first, then the directory's names (in creation
 * order; Linux's order is unspecified too). struct dirent is glibc's x86-64
 * layout: d_ino @0, d_off @8, d_reclen @16, d_type @18, d_name[256] @19.
 *
 * Invariant: a DIR * argument is resolved to a live stream before anything
 * else happens, and an unknown pointer is reported, never guessed.
 *
 * (Session 3 note to the helpers: the lead wrote this file while you were
 * starting, then handed it over; extend and fix it rather than replace it.)
 */
import type { ShimDef, ShimMachine, ShimValue } from '../shim.js';
import { asInt, asPtr } from '../shim.js';
import type { Ptr } from '../../memory/pointer.js';
import { familyState, readCStringText } from '../access.js';
import { EBADF, ENOTDIR } from '../errno.js';
import { fdTable } from '../files.js';
import { Directory } from './fs.js';
import { openPath } from './fs.js';
import { fdError } from './fd.js';
import { type Inode, vfs } from './vfs.js';

const O_DIRECTORY = 0o200000, O_CLOEXEC = 0o2000000;
const DIRENT_SIZE = 280;
const DT_DIR = 4, DT_REG = 8;
const NULL: Ptr = { addr: 0, prov: 0 };

interface DirStream {
  readonly fd: number;
  readonly ptr: Ptr;
  readonly dirent: Ptr;
  /** Position: 0 is `.`, 1 is `..`, then the entries. */
  pos: number;
}

function streams(m: ShimMachine): Map<number, DirStream> {
  return familyState(m, 'dirstreams', () => new Map<number, DirStream>());
}

function newStream(m: ShimMachine, fd: number): Ptr {
  const id = m.mem.allocate(32, 8, 'global', 'DIR', true);
  const ptr = { addr: m.mem.base(id), prov: id };
  const did = m.mem.allocate(DIRENT_SIZE, 8, 'global', 'struct dirent', true);
  streams(m).set(id, { fd, ptr, dirent: { addr: m.mem.base(did), prov: did }, pos: 0 });
  return ptr;
}

/** The stream of a DIR * argument: null is UB, a closed stream a use-after-free (from memory), anything else invalid. */
function streamOf(m: ShimMachine, p: Ptr): DirStream {
  if (p.addr === 0) m.raise({ kind: 'invalid-argument', fn: m.currentShim, detail: 'the DIR * argument is a null pointer' });
  m.mem.checkRange(p, 1, 'read');
  const s = streams(m).get(p.prov);
  if (!s || s.ptr.addr !== p.addr) m.raise({ kind: 'invalid-argument', fn: m.currentShim, detail: 'the DIR * argument was not returned by opendir' });
  return s;
}

function opendir(m: ShimMachine, a: ShimValue[]): Ptr {
  const r = openPath(m, readCStringText(m, asPtr(a[0]!)), O_DIRECTORY | O_CLOEXEC, 0);
  if (!r.ok) {
    m.setErrno(r.errno);
    return NULL;
  }
  return newStream(m, r.value);
}

function fdopendir(m: ShimMachine, a: ShimValue[]): Ptr {
  const fd = asInt(a[0]!);
  const d = fdTable(m).get(fd);
  if (!d || !(d instanceof Directory)) {
    m.setErrno(d ? ENOTDIR : EBADF);
    return NULL;
  }
  return newStream(m, fd);
}

function readdir(m: ShimMachine, a: ShimValue[]): Ptr {
  const s = streamOf(m, asPtr(a[0]!));
  const d = fdTable(m).get(s.fd);
  if (!(d instanceof Directory)) {
    m.setErrno(EBADF);
    return NULL;
  }
  const dir = d.inode;
  const names = [...vfs(m).entries(dir)];
  const at = s.pos;
  let entry: [string, Inode] | undefined;
  if (at === 0) entry = ['.', dir];
  else if (at === 1) entry = ['..', dir.parent ?? dir];
  else entry = names[at - 2];
  if (!entry) return NULL; // end of stream: errno unchanged
  s.pos++;
  const [name, node] = entry;
  const bytes = new Uint8Array(DIRENT_SIZE);
  const v = new DataView(bytes.buffer);
  v.setBigUint64(0, BigInt(node.ino), true);
  v.setBigInt64(8, BigInt(s.pos), true);
  v.setUint16(16, DIRENT_SIZE, true);
  bytes[18] = node.kind === 'dir' ? DT_DIR : DT_REG;
  bytes.set(new TextEncoder().encode(name).subarray(0, 255), 19);
  m.mem.writeBytes(s.dirent, bytes);
  return s.dirent;
}

function closedir(m: ShimMachine, a: ShimValue[]): number {
  const s = streamOf(m, asPtr(a[0]!));
  streams(m).delete(s.ptr.prov);
  m.mem.freeStack(s.ptr.prov);
  m.mem.freeStack(s.dirent.prov);
  const r = fdTable(m).close(m, s.fd);
  return r.ok ? 0 : fdError(m, r.errno);
}

export const fsDirShims: readonly ShimDef[] = [
  { name: 'opendir', params: ['ptr'], ret: 'ptr', handler: opendir },
  { name: 'fdopendir', params: ['i32'], ret: 'ptr', handler: fdopendir },
  { name: 'readdir', params: ['ptr'], ret: 'ptr', handler: readdir },
  { name: 'readdir64', params: ['ptr'], ret: 'ptr', handler: readdir },
  { name: 'closedir', params: ['ptr'], ret: 'i32', handler: closedir },
  { name: 'rewinddir', params: ['ptr'], ret: 'void', handler: (m, a) => { streamOf(m, asPtr(a[0]!)).pos = 0; } },
  { name: 'dirfd', params: ['ptr'], ret: 'i32', handler: (m, a) => streamOf(m, asPtr(a[0]!)).fd },
];
