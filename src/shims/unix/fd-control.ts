/**
 * fd management: close, dup, dup2, dup3, fcntl, ioctl, flock, lseek, isatty
 * (POSIX pages of the same names; Linux fcntl(2), ioctl_list, flock(2),
 * lseek(2)). errno values are Linux's.
 *
 * fcntl: F_GETFD/F_SETFD (FD_CLOEXEC, per fd), F_DUPFD/F_DUPFD_CLOEXEC (the
 * lowest free fd >= the argument), F_GETFL/F_SETFL (per description; F_SETFL
 * changes only O_APPEND and O_NONBLOCK, the access mode and creation flags are
 * ignored as on Linux). ioctl: FIOCLEX, FIONCLEX, FIONBIO, FIONREAD.
 * flock: locks belong to the open file description; descriptions of the same
 * file conflict (LOCK_EX with anything, LOCK_SH with LOCK_EX); LOCK_NB gives
 * EWOULDBLOCK, otherwise the caller blocks. Converting a lock releases the
 * old one first, as Linux does. The lock goes when the last fd of
 * its description closes.
 *
 * Not here: record locks (F_GETLK/F_SETLK...), other ioctls: `unsupported`
 * (terminal requests on a non-terminal: ENOTTY; unknown fcntl commands: EINVAL).
 * Invariant: a failure returns -1 with errno set and changes nothing.
 */
import type { ShimDef, ShimMachine, ShimValue, VarArg } from '../shim.js';
import { asInt } from '../shim.js';
import { EBADF, EINVAL, ENOTTY, EWOULDBLOCK } from '../errno.js';
import { FD_CLOEXEC, fdTable, type FdTable, type FileDescription, O_APPEND, O_CLOEXEC, O_NONBLOCK, OPEN_MAX } from '../files.js';
import { familyState } from '../access.js';
import { block } from '../../concurrency/blocking.js';
import { fdError } from './fd.js';

const F_DUPFD = 0, F_GETFD = 1, F_SETFD = 2, F_GETFL = 3, F_SETFL = 4, F_DUPFD_CLOEXEC = 1030;
const FIONREAD = 0x541b, FIONBIO = 0x5421, FIONCLEX = 0x5450, FIOCLEX = 0x5451;
const LOCK_SH = 1, LOCK_EX = 2, LOCK_NB = 4, LOCK_UN = 8;
/** F_GETLK, F_SETLK, F_SETLKW and their OFD forms. */
const RECORD_LOCKS = [5, 6, 7, 36, 37, 38];
/** The rest of Linux's commands (owner, signal, lease, notify, pipe size, seals, hints): anything else is EINVAL. */
const OTHER_COMMANDS = [8, 9, 10, 11, 15, 16, 1024, 1025, 1026, 1029, 1031, 1032, 1033, 1034, 1035, 1036, 1037, 1038];
/** Status flags F_SETFL may change on Linux (O_APPEND, O_ASYNC, O_DIRECT, O_NOATIME, O_NONBLOCK); we model two. */
const SETFL_MASK = O_APPEND | O_NONBLOCK;

/** POSIX close. */
export function close(m: ShimMachine, args: ShimValue[]): number {
  const r = fdTable(m).close(m, asInt(args[0]!));
  return r.ok ? 0 : fdError(m, r.errno);
}

function dup(m: ShimMachine, args: ShimValue[]): number {
  const r = fdTable(m).dup(asInt(args[0]!));
  return r.ok ? r.value : fdError(m, r.errno);
}

function dup2(m: ShimMachine, args: ShimValue[]): number {
  const r = fdTable(m).dup2(m, asInt(args[0]!), asInt(args[1]!));
  return r.ok ? r.value : fdError(m, r.errno);
}

/** Linux dup3: like dup2 but EINVAL (checked first) when the fds are equal or flags has anything but O_CLOEXEC. */
function dup3(m: ShimMachine, args: ShimValue[]): number {
  const [fd, to, flags] = [asInt(args[0]!), asInt(args[1]!), asInt(args[2]!)];
  if ((flags & ~O_CLOEXEC) !== 0 || fd === to) return fdError(m, EINVAL);
  const r = fdTable(m).dup2(m, fd, to, (flags & O_CLOEXEC) !== 0);
  return r.ok ? r.value : fdError(m, r.errno);
}

/** The int passed as fcntl's or ioctl's third argument (0 when absent). */
function intArg(va: readonly VarArg[]): number {
  const v = va[0];
  if (!v || v.kind === 'ptr' || v.kind === 'f64' || v.kind === 'f32') return 0;
  return typeof v.value === 'bigint' ? Number(BigInt.asIntN(32, v.value)) : v.value | 0;
}

function ptrArg(m: ShimMachine, va: readonly VarArg[]): { addr: number; prov: number } {
  const v = va[0];
  if (!v || v.kind !== 'ptr') {
    m.raise({ kind: 'invalid-argument', fn: m.currentShim, detail: 'this request needs a pointer as its third argument' });
  }
  return { addr: Number(v.value), prov: v.prov };
}

/** POSIX fcntl. */
export function fcntl(m: ShimMachine, args: ShimValue[], va: readonly VarArg[]): number {
  const fd = asInt(args[0]!);
  const cmd = asInt(args[1]!);
  const table = fdTable(m);
  const desc = table.get(fd);
  if (!desc) return fdError(m, EBADF);
  switch (cmd) {
    case F_GETFD: return table.flags(fd);
    case F_SETFD: table.setFlags(fd, intArg(va)); return 0;
    case F_DUPFD: case F_DUPFD_CLOEXEC: {
      const min = intArg(va);
      if (min < 0 || min >= OPEN_MAX) return fdError(m, EINVAL);
      const r = table.dup(fd, min, cmd === F_DUPFD_CLOEXEC);
      return r.ok ? r.value : fdError(m, r.errno);
    }
    case F_GETFL: return desc.statusFlags;
    case F_SETFL: {
      const flags = intArg(va);
      desc.statusFlags = (desc.statusFlags & ~SETFL_MASK) | (flags & SETFL_MASK);
      return 0;
    }
    default:
      if (RECORD_LOCKS.includes(cmd)) return m.unsupported(`fcntl record locks (command ${cmd})`);
      if (OTHER_COMMANDS.includes(cmd)) return m.unsupported(`fcntl command ${cmd}`);
      return fdError(m, EINVAL);
  }
}

/** POSIX/Linux ioctl for the generic fd requests. */
export function ioctl(m: ShimMachine, args: ShimValue[], va: readonly VarArg[]): number {
  const fd = asInt(args[0]!);
  const req = Number(BigInt.asUintN(32, BigInt(args[1] as number | bigint)));
  const table = fdTable(m);
  const desc = table.get(fd);
  switch (req) {
    case FIOCLEX: case FIONCLEX:
      if (!desc) return fdError(m, EBADF);
      table.setFlags(fd, req === FIOCLEX ? FD_CLOEXEC : 0);
      return 0;
    case FIONBIO: {
      const p = ptrArg(m, va);
      const on = Number(m.mem.loadScalar(p, 'i32')) !== 0;
      if (!desc) return fdError(m, EBADF);
      desc.statusFlags = on ? desc.statusFlags | O_NONBLOCK : desc.statusFlags & ~O_NONBLOCK;
      return 0;
    }
    case FIONREAD: {
      const p = ptrArg(m, va);
      m.mem.checkRange(p, 4, 'write');
      if (!desc) return fdError(m, EBADF);
      const r = desc.available(m);
      if (!r.ok) return fdError(m, r.errno);
      m.mem.storeScalar(p, 'i32', r.value);
      return 0;
    }
    default:
      if (!desc) return fdError(m, EBADF);
      // Terminal requests ('T' = 0x54: TCGETS, TIOCGWINSZ...) on anything else fail as on Linux.
      if (req >>> 8 === 0x54 && desc.kind !== 'terminal') return fdError(m, ENOTTY);
      return m.unsupported(`ioctl request 0x${req.toString(16)}${desc.kind === 'terminal' ? ' on a terminal' : ''}`);
  }
}

// ---- flock

interface Lock { readonly holder: FileDescription; readonly exclusive: boolean }

/** Locks per file (`lockTarget`), each held by one description. */
function locks(m: ShimMachine, table: FdTable): Map<object, Lock[]> {
  return familyState(m, 'flock', () => {
    const map = new Map<object, Lock[]>();
    table.onLastClose.push((desc) => release(map, desc));
    return map;
  });
}

function release(map: Map<object, Lock[]>, desc: FileDescription): void {
  const held = map.get(desc.lockTarget);
  if (!held) return;
  const rest = held.filter((l) => l.holder !== desc);
  if (rest.length > 0) map.set(desc.lockTarget, rest);
  else map.delete(desc.lockTarget);
}

/** Linux flock(2). */
export function flock(m: ShimMachine, args: ShimValue[]): number {
  const fd = asInt(args[0]!);
  const op = asInt(args[1]!);
  // Linux checks the operation before the fd.
  const kind = op & ~LOCK_NB;
  if (kind !== LOCK_SH && kind !== LOCK_EX && kind !== LOCK_UN) return fdError(m, EINVAL);
  const table = fdTable(m);
  const desc = table.get(fd);
  if (!desc) return fdError(m, EBADF);
  const map = locks(m, table);
  if (kind === LOCK_UN) {
    release(map, desc);
    return 0;
  }
  const exclusive = kind === LOCK_EX;
  const held = map.get(desc.lockTarget)?.find((l) => l.holder === desc);
  if (held?.exclusive === exclusive) return 0;
  // Converting is not atomic on Linux (flock(2)): the old lock goes first, so a
  // conversion that fails with LOCK_NB, or waits, leaves no lock held.
  release(map, desc);
  for (;;) {
    const others = (map.get(desc.lockTarget) ?? []).filter((l) => l.holder !== desc);
    if (!others.some((l) => l.exclusive || exclusive)) break;
    if ((op & LOCK_NB) !== 0) return fdError(m, EWOULDBLOCK);
    block(m, `flock on fd ${fd} (${desc.name}): another open file description holds a conflicting lock`);
  }
  map.set(desc.lockTarget, [...(map.get(desc.lockTarget) ?? []), { holder: desc, exclusive }]);
  return 0;
}

/** POSIX lseek: SEEK_SET, SEEK_CUR, SEEK_END, and SEEK_DATA/SEEK_HOLE where the description takes them; whence past SEEK_HOLE is EINVAL. */
export function lseek(m: ShimMachine, args: ShimValue[]): number {
  const fd = asInt(args[0]!);
  const offset = Number(args[1]!);
  const whence = asInt(args[2]!);
  const desc = fdTable(m).get(fd);
  if (!desc) return fdError(m, EBADF);
  if (whence < 0 || whence > 4) return fdError(m, EINVAL);
  const r = desc.seek(m, offset, whence);
  return r.ok ? r.value : fdError(m, r.errno);
}

/** POSIX isatty: 1 for a terminal; 0 with ENOTTY (EBADF for a closed fd) otherwise. */
export function isatty(m: ShimMachine, args: ShimValue[]): number {
  const desc = fdTable(m).get(asInt(args[0]!));
  if (!desc) return fdError(m, EBADF) + 1;
  if (desc.kind === 'terminal') return 1;
  m.setErrno(ENOTTY);
  return 0;
}

export const fdControlShims: readonly ShimDef[] = [
  { name: 'close', params: ['i32'], ret: 'i32', handler: close },
  { name: 'dup', params: ['i32'], ret: 'i32', handler: dup },
  { name: 'dup2', params: ['i32', 'i32'], ret: 'i32', handler: dup2 },
  { name: 'dup3', params: ['i32', 'i32', 'i32'], ret: 'i32', handler: dup3 },
  { name: 'fcntl', params: ['i32', 'i32'], ret: 'i32', variadic: true, handler: fcntl },
  { name: 'fcntl64', params: ['i32', 'i32'], ret: 'i32', variadic: true, handler: fcntl },
  { name: 'ioctl', params: ['i32', 'u64'], ret: 'i32', variadic: true, handler: ioctl },
  { name: 'flock', params: ['i32', 'i32'], ret: 'i32', handler: flock },
  { name: 'lseek', params: ['i32', 'i64', 'i32'], ret: 'i64', handler: lseek },
  { name: 'lseek64', params: ['i32', 'i64', 'i32'], ret: 'i64', handler: lseek },
  { name: 'isatty', params: ['i32'], ret: 'i32', handler: isatty },
];

