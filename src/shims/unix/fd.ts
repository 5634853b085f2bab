/**
 * The fd system calls: read, write, close (POSIX pages of the same names).
 * Each checks its buffer over the whole requested length first, then looks up
 * the fd, then acts through the description (src/shims/files.ts).
 *
 * Not here yet: dup/dup2/fcntl/readv/writev/lseek and blocking descriptions.
 * Invariant: a failure returns -1 with errno set, never a partial effect.
 */
import type { ShimDef, ShimMachine, ShimValue } from '../shim.js';
import { asInt, asPtr, asSize } from '../shim.js';
import { EBADF } from '../errno.js';
import { fdTable } from '../files.js';

/** POSIX read: "read() shall attempt to read nbyte bytes ... into the buffer pointed to by buf". */
export function read(m: ShimMachine, args: ShimValue[]): number {
  const fd = asInt(args[0]!);
  const buf = asPtr(args[1]!);
  const count = asSize(args[2]!);
  m.mem.checkRange(buf, count, 'write');
  const desc = fdTable(m).get(fd);
  if (!desc) return fdError(m, EBADF);
  if (count === 0) return 0;
  const r = desc.read(m, count);
  if (!r.ok) return fdError(m, r.errno);
  if (r.value.length > 0) m.mem.writeBytes(buf, r.value);
  return r.value.length;
}

/** POSIX write: the bytes handed out must all be initialized (they leave the abstract machine). */
export function write(m: ShimMachine, args: ShimValue[]): number {
  const fd = asInt(args[0]!);
  const buf = asPtr(args[1]!);
  const count = asSize(args[2]!);
  const data = m.mem.readBytes(buf, count, true);
  const desc = fdTable(m).get(fd);
  if (!desc) return fdError(m, EBADF);
  const r = desc.write(m, data);
  return r.ok ? r.value : fdError(m, r.errno);
}

/** POSIX close. */
export function close(m: ShimMachine, args: ShimValue[]): number {
  const r = fdTable(m).close(m, asInt(args[0]!));
  return r.ok ? 0 : fdError(m, r.errno);
}

function fdError(m: ShimMachine, errno: number): number {
  m.setErrno(errno);
  return -1;
}

export const fdShims: readonly ShimDef[] = [
  { name: 'read', params: ['i32', 'ptr', 'u64'], ret: 'i64', handler: read },
  { name: 'write', params: ['i32', 'ptr', 'u64'], ret: 'i64', handler: write },
  { name: 'close', params: ['i32'], ret: 'i32', handler: close },
];
