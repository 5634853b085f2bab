/**
 * The file-system shims over the virtual file system (issue 5 item 7): open,
 * open64, openat, creat here, and the table gathering the family's other
 * parts: stat and file times (fs-stat.ts), the calls by path (fs-path.ts),
 * links, realpath and mkstemp (fs-names.ts). Directory
 * streams have their own table (fs-dir.ts); the tree is vfs.ts, the host side
 * fs-host.ts.
 *
 * What other families use: `openPath` (stdio's fopen), `removePath` and
 * `renamePath` (remove(3), rename(3)), re-exported here.
 *
 * Invariant: every path argument is read as a checked C string before any
 * lookup, and a failing call changes nothing and returns -1 with errno set.
 */
import type { ShimDef, ShimMachine, ShimValue, VarArg } from '../shim.js';
import { asInt, asPtr } from '../shim.js';
import { readCStringText } from '../access.js';
import { O_WRONLY } from '../files.js';
import { fdError } from './fd.js';
import { atBase, O_CREAT, O_TMPFILE, O_TRUNC, openIn, openPath } from './fs-file.js';
import { fsNameShims } from './fs-names.js';
import { fsPathShims } from './fs-path.js';
import { fsStatShims } from './fs-stat.js';

export { Directory, openPath, RegularFile } from './fs-file.js';
export { removePath, renamePath } from './fs-path.js';

/**
 * The mode argument: read only when O_CREAT or O_TMPFILE says it is there
 * (POSIX open: "the third argument ... only when O_CREAT is set"); a missing
 * one reads as 0, as the garbage a native call would see cannot be modelled.
 */
function modeArg(flags: number, va: readonly VarArg[]): number {
  if ((flags & O_CREAT) === 0 && (flags & O_TMPFILE) !== O_TMPFILE) return 0;
  const v = va[0];
  return v && v.kind !== 'ptr' ? Number(v.value) & 0o7777 : 0;
}

/** POSIX open. */
function open(m: ShimMachine, a: ShimValue[], va: readonly VarArg[]): number {
  const p = readCStringText(m, asPtr(a[0]!));
  const flags = asInt(a[1]!);
  const r = openPath(m, p, flags, modeArg(flags, va));
  return r.ok ? r.value : fdError(m, r.errno);
}

/** POSIX openat: relative to a directory fd, or the cwd for AT_FDCWD. */
function openat(m: ShimMachine, a: ShimValue[], va: readonly VarArg[]): number {
  const p = readCStringText(m, asPtr(a[1]!));
  const flags = asInt(a[2]!);
  const dir = atBase(m, asInt(a[0]!), p);
  if (!dir.ok) return fdError(m, dir.errno);
  const r = openIn(m, dir.value, p, flags, modeArg(flags, va));
  return r.ok ? r.value : fdError(m, r.errno);
}

/** POSIX creat: open(path, O_WRONLY | O_CREAT | O_TRUNC, mode). */
function creat(m: ShimMachine, a: ShimValue[]): number {
  const p = readCStringText(m, asPtr(a[0]!));
  const r = openPath(m, p, O_CREAT | O_WRONLY | O_TRUNC, asInt(a[1]!) & 0o7777);
  return r.ok ? r.value : fdError(m, r.errno);
}

export const fsShims: readonly ShimDef[] = [
  { name: 'open', params: ['ptr', 'i32'], ret: 'i32', variadic: true, handler: open },
  { name: 'open64', params: ['ptr', 'i32'], ret: 'i32', variadic: true, handler: open },
  { name: 'openat', params: ['i32', 'ptr', 'i32'], ret: 'i32', variadic: true, handler: openat },
  { name: 'openat64', params: ['i32', 'ptr', 'i32'], ret: 'i32', variadic: true, handler: openat },
  { name: 'creat', params: ['ptr', 'u32'], ret: 'i32', handler: creat },
  { name: 'creat64', params: ['ptr', 'u32'], ret: 'i32', handler: creat },
  ...fsStatShims,
  ...fsPathShims,
  ...fsNameShims,
];
