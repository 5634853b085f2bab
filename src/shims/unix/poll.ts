/**
 * poll, ppoll, select and pselect (POSIX poll and pselect pages, Linux
 * poll(2) and select(2)) on the readiness that epoll sees
 * (FileDescription.readiness, epoll-events.ts).
 *
 * As Linux: poll reports POLLNVAL for a closed fd and ignores negative ones;
 * POLLERR and POLLHUP are reported even when not asked for. select fails with
 * EBADF when a set names a closed fd, and counts every bit it leaves set;
 * select (not pselect) writes back the time left. Timeouts use the virtual
 * clock: with one thread nothing changes while the call waits, so a finite
 * timeout lets that much time pass and returns 0, and an infinite one blocks
 * (a deadlock).
 *
 * Not here: the signal masks of ppoll/pselect (no signal can arrive).
 * Invariant: the arrays are checked over their whole length before anything
 * is looked at, and written only when the call succeeds.
 */
import type { ShimDef, ShimMachine, ShimValue } from '../shim.js';
import { asInt, asPtr, asSize } from '../shim.js';
import type { Ptr } from '../../memory/pointer.js';
import { offset } from '../access.js';
import { EBADF, EINVAL } from '../errno.js';
import { fdTable, OPEN_MAX } from '../files.js';
import { block } from '../../concurrency/blocking.js';
import { NS_PER_SEC, virtualClock } from '../../concurrency/clock.js';
import { fdError } from './fd.js';
import { EPOLLERR, EPOLLHUP, EPOLLIN, EPOLLOUT, EPOLLPRI, EPOLLRDBAND, EPOLLRDNORM, EPOLLWRBAND, EPOLLWRNORM, POLLNVAL,
  pollMask } from './epoll-events.js';

const POLLFD_SIZE = 8;
/** FD_SETSIZE: fd_set is 1024 bits. */
const FD_SETSIZE = 1024;

/** How long a call may wait: undefined for ever, else nanoseconds. */
type Timeout = bigint | undefined;

/** The events `fd` reports now; POLLNVAL when it is not open. */
function pollEvents(m: ShimMachine, fd: number): number {
  const desc = fdTable(m).get(fd);
  return desc ? pollMask(desc) : POLLNVAL;
}

/** The revents of every pollfd at p (POSIX poll: events plus POLLERR | POLLHUP | POLLNVAL). */
function scanPollfds(m: ShimMachine, p: Ptr, nfds: number): number[] {
  const revents: number[] = [];
  for (let i = 0; i < nfds; i++) {
    const fd = Number(m.mem.loadScalar(offset(p, i * POLLFD_SIZE), 'i32'));
    const events = Number(m.mem.loadScalar(offset(p, i * POLLFD_SIZE + 4), 'u16'));
    revents.push(fd < 0 ? 0 : pollEvents(m, fd) & (events | EPOLLERR | EPOLLHUP | POLLNVAL));
  }
  return revents;
}

function doPoll(m: ShimMachine, p: Ptr, nfds: number, timeout: Timeout): number {
  if (nfds > OPEN_MAX) return fdError(m, EINVAL);
  m.mem.checkRange(p, nfds * POLLFD_SIZE, 'write');
  for (;;) {
    const revents = scanPollfds(m, p, nfds);
    const ready = revents.filter((r) => r !== 0).length;
    if (ready > 0 || timeout !== undefined) {
      // One thread: nothing can change while the call waits, so the whole timeout passes.
      if (ready === 0) virtualClock(m).advance(timeout!);
      revents.forEach((r, i) => m.mem.storeScalar(offset(p, i * POLLFD_SIZE + 6), 'i16', r));
      return ready;
    }
    block(m, nfds === 1 ? 'the one fd it polls is not ready' : `none of the ${nfds} fds it polls is ready`);
  }
}

/** POSIX poll: `timeout` in milliseconds, negative for ever. */
export function poll(m: ShimMachine, args: ShimValue[]): number {
  const timeout = asInt(args[2]!);
  return doPoll(m, asPtr(args[0]!), asSize(args[1]!), timeout < 0 ? undefined : BigInt(timeout) * 1_000_000n);
}

/** A struct timespec or timeval at p, in nanoseconds; undefined for a null pointer; EINVAL when negative. */
function readTime(m: ShimMachine, p: Ptr, unitNs: bigint): Timeout | 'invalid' {
  if (p.addr === 0) return undefined;
  const sec = BigInt(m.mem.loadScalar(p, 'i64'));
  const frac = BigInt(m.mem.loadScalar(offset(p, 8), 'i64'));
  if (sec < 0n || frac < 0n || (unitNs === 1n && frac >= NS_PER_SEC)) return 'invalid';
  return sec * NS_PER_SEC + frac * unitNs;
}

/** Linux ppoll(2): a timespec timeout (null: for ever); the signal mask is ignored. */
export function ppoll(m: ShimMachine, args: ShimValue[]): number {
  const timeout = readTime(m, asPtr(args[2]!), 1n);
  if (timeout === 'invalid') return fdError(m, EINVAL);
  return doPoll(m, asPtr(args[0]!), asSize(args[1]!), timeout);
}

/** Linux's POLLIN_SET, POLLOUT_SET and POLLEX_SET (fs/select.c). */
const SELECT_MASKS = [
  EPOLLRDNORM | EPOLLRDBAND | EPOLLIN | EPOLLHUP | EPOLLERR,
  EPOLLWRBAND | EPOLLWRNORM | EPOLLOUT | EPOLLERR,
  EPOLLPRI,
] as const;

/** The three fd_sets' first `bytes` bytes (null sets stay null). */
function readSets(m: ShimMachine, sets: Ptr[], bytes: number): (Uint8Array | undefined)[] {
  return sets.map((s) => {
    if (s.addr === 0) return undefined;
    m.mem.checkRange(s, bytes, 'write');
    return m.mem.readBytes(s, bytes, true);
  });
}

const isSet = (set: Uint8Array | undefined, fd: number): boolean => set !== undefined && (set[fd >> 3]! & (1 << (fd & 7))) !== 0;

/** The result sets of one scan, or EBADF when a set names a closed fd. */
function scanSets(m: ShimMachine, nfds: number, sets: (Uint8Array | undefined)[]): { out: Uint8Array[]; count: number } | number {
  const out = sets.map((s) => new Uint8Array(s?.length ?? 0));
  let count = 0;
  for (let fd = 0; fd < nfds; fd++) {
    if (!sets.some((s) => isSet(s, fd))) continue;
    const desc = fdTable(m).get(fd);
    if (!desc) return EBADF;
    const events = pollMask(desc);
    sets.forEach((s, k) => {
      if (isSet(s, fd) && (events & SELECT_MASKS[k]!) !== 0) {
        out[k]![fd >> 3]! |= 1 << (fd & 7);
        count++;
      }
    });
  }
  return { out, count };
}

function doSelect(m: ShimMachine, args: ShimValue[], timeout: Timeout): number {
  const nfds = asInt(args[0]!);
  if (nfds < 0) return fdError(m, EINVAL);
  const n = Math.min(nfds, FD_SETSIZE);
  // The kernel copies whole longs: ceil(nfds / 64) * 8 bytes of each set.
  const bytes = Math.ceil(n / 64) * 8;
  const ptrs = [asPtr(args[1]!), asPtr(args[2]!), asPtr(args[3]!)];
  const sets = readSets(m, ptrs, bytes);
  for (;;) {
    const r = scanSets(m, n, sets);
    if (typeof r === 'number') return fdError(m, r);
    if (r.count > 0 || timeout !== undefined) {
      if (r.count === 0 && timeout !== undefined) virtualClock(m).advance(timeout);
      ptrs.forEach((p, k) => { if (p.addr !== 0 && bytes > 0) m.mem.writeBytes(p, r.out[k]!); });
      return r.count;
    }
    block(m, `none of the fds in its sets (below ${nfds}) is ready`);
  }
}

/** POSIX select: the timeval is left holding the time not waited (Linux). */
export function select(m: ShimMachine, args: ShimValue[]): number {
  const tv = asPtr(args[4]!);
  const timeout = readTime(m, tv, 1000n);
  if (timeout === 'invalid') return fdError(m, EINVAL);
  const before = virtualClock(m).now();
  const r = doSelect(m, args, timeout);
  if (r >= 0 && timeout !== undefined) {
    const left = timeout - (virtualClock(m).now() - before);
    const rest = left > 0n ? left : 0n;
    m.mem.storeScalar(tv, 'i64', rest / NS_PER_SEC);
    m.mem.storeScalar(offset(tv, 8), 'i64', (rest % NS_PER_SEC) / 1000n);
  }
  return r;
}

/** POSIX pselect: a timespec, left unchanged; the signal mask is ignored. */
export function pselect(m: ShimMachine, args: ShimValue[]): number {
  const timeout = readTime(m, asPtr(args[4]!), 1n);
  if (timeout === 'invalid') return fdError(m, EINVAL);
  return doSelect(m, args, timeout);
}

export const pollShims: readonly ShimDef[] = [
  { name: 'poll', params: ['ptr', 'u64', 'i32'], ret: 'i32', handler: poll },
  { name: 'ppoll', params: ['ptr', 'u64', 'ptr', 'ptr'], ret: 'i32', handler: ppoll },
  { name: 'select', params: ['i32', 'ptr', 'ptr', 'ptr', 'ptr'], ret: 'i32', handler: select },
  { name: 'pselect', params: ['i32', 'ptr', 'ptr', 'ptr', 'ptr', 'ptr'], ret: 'i32', handler: pselect },
];
