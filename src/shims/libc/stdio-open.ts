/**
 * Opening and removing files by path through the virtual file system
 * (src/shims/unix/fs.ts, vfs.ts): fopen (C17 7.21.5.3), freopen (7.21.5.4),
 * tmpfile (7.21.4.3), remove (7.21.4.1). The mode string becomes open(2)
 * flags as glibc maps them, with mode 0666 (less the umask).
 *
 * Not here: rename (the VFS family has it), freopen with a null path
 * (changing an open stream's mode: unsupported), tmpnam.
 * Invariant: a failed open leaves no fd and no FILE behind, and sets errno.
 */
import type { ShimDef, ShimMachine, ShimValue } from '../shim.js';
import { asPtr } from '../shim.js';
import type { Ptr } from '../../memory/pointer.js';
import { readCStringText } from '../access.js';
import { EINVAL } from '../errno.js';
import { fdTable } from '../files.js';
import { openPath, removePath } from '../unix/fs.js';
import { parseMode, type OpenMode } from './stdio-file.js';
import { flushOutput, forgetStream, openStream, replaceStream, Stream, streamOf } from './stdio-stream.js';

type Args = ShimValue[];

const NULL_PTR: Ptr = { addr: 0, prov: 0 };
const SEEK_END = 2;

function nullWith(m: ShimMachine, errno: number): Ptr {
  m.setErrno(errno);
  return NULL_PTR;
}

/** open(2) for a stream: glibc positions an "a" (not "a+") stream at the end at once, so ftell sees it. */
function openFor(m: ShimMachine, path: string, mode: OpenMode): { ok: true; fd: number } | { ok: false; errno: number } {
  const r = openPath(m, path, mode.flags, 0o666);
  if (!r.ok) return { ok: false, errno: r.errno };
  if (mode.append && !mode.update) fdTable(m).get(r.value)?.seek(m, 0, SEEK_END);
  return { ok: true, fd: r.value };
}

/** C17 7.21.5.3: a mode not starting with r, w or a fails with EINVAL (glibc). */
export function fopen(m: ShimMachine, a: Args): Ptr {
  const path = readCStringText(m, asPtr(a[0]!));
  const mode = parseMode(readCStringText(m, asPtr(a[1]!)));
  if (!mode) return nullWith(m, EINVAL);
  const r = openFor(m, path, mode);
  if (!r.ok) return nullWith(m, r.errno);
  return openStream(m, r.fd, `fopen(${JSON.stringify(path)})`, mode).ptr;
}

/**
 * C17 7.21.5.4: closes the stream's file (failures ignored), opens `path`
 * with the same FILE and, as glibc does, on the same fd number (so
 * freopen("out.txt", "w", stdout) makes fd 1 the file). When the open fails,
 * the stream stays closed: its FILE is freed, NULL is returned.
 */
export function freopen(m: ShimMachine, a: Args): Ptr {
  const pathPtr = asPtr(a[0]!);
  const modeText = readCStringText(m, asPtr(a[1]!));
  const old = streamOf(m, asPtr(a[2]!));
  if (pathPtr.addr === 0) return m.unsupported('freopen with a null path (changing the mode of an open stream)');
  const path = readCStringText(m, pathPtr);
  const mode = parseMode(modeText);
  if (old.outLen > 0) flushOutput(m, old);
  const fds = fdTable(m);
  fds.close(m, old.fd);
  const r = mode ? openFor(m, path, mode) : { ok: false as const, errno: EINVAL };
  if (!r.ok || !mode) {
    forgetStream(m, old);
    return nullWith(m, r.ok ? EINVAL : r.errno);
  }
  let fd = r.fd;
  if (fd !== old.fd && fds.dup2(m, fd, old.fd).ok) {
    fds.close(m, fd);
    fd = old.fd;
  }
  replaceStream(m, old, new Stream(fd, old.ptr, mode));
  return old.ptr;
}

/** Linux open(2) flags tmpfile uses, as glibc does. */
const O_TMPFILE = 0o20000000 | 0o200000, O_EXCL = 0o200;

/** C17 7.21.4.3: a "w+" stream on an unnamed file in /tmp (glibc: open("/tmp", O_RDWR | O_TMPFILE | O_EXCL)). */
export function tmpfile(m: ShimMachine): Ptr {
  const mode = parseMode('w+')!;
  const r = openPath(m, '/tmp', 2 | O_TMPFILE | O_EXCL, 0o600);
  if (!r.ok) return nullWith(m, r.errno);
  return openStream(m, r.value, 'tmpfile()', mode).ptr;
}

/** C17 7.21.4.1 with glibc's POSIX behaviour: unlink, and rmdir for a directory. */
export function remove(m: ShimMachine, a: Args): number {
  const r = removePath(m, readCStringText(m, asPtr(a[0]!)));
  if (r.ok) return 0;
  m.setErrno(r.errno);
  return -1;
}

export const stdioOpenShims: readonly ShimDef[] = [
  { name: 'fopen', params: ['ptr', 'ptr'], ret: 'ptr', handler: fopen },
  { name: 'fopen64', params: ['ptr', 'ptr'], ret: 'ptr', handler: fopen },
  { name: 'freopen', params: ['ptr', 'ptr', 'ptr'], ret: 'ptr', handler: freopen },
  { name: 'tmpfile', params: [], ret: 'ptr', handler: tmpfile },
  { name: 'remove', params: ['ptr'], ret: 'i32', handler: remove },
];
