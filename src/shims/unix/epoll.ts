/**
 * epoll (Linux epoll(7), epoll_create(2), epoll_ctl(2), epoll_wait(2)), after
 * Miri's shims/unix/linux_like/epoll.rs and the kernel's fs/eventpoll.c.
 *
 * An `Epoll` description keeps an interest per (description, fd) pair, as
 * the kernel keys them, and a ready list in order of arrival. An interest
 * joins the ready list when it is added or modified while ready, and when its
 * description notifies a change that may have made one of its events true.
 * epoll_wait takes entries from the front: an entry whose events are no
 * longer true is dropped; a level-triggered one goes back to the end, an
 * edge-triggered one waits for the next change, a one-shot one is disabled
 * until EPOLL_CTL_MOD. EPOLLERR and EPOLLHUP are always reported.
 *
 * Timeouts use the virtual clock: with one thread nothing can change while
 * epoll_wait waits, so a positive timeout with nothing ready lets that much
 * time pass and returns 0, and -1 blocks (a deadlock).
 *
 * Invariant: an interest whose description has been closed (its last fd)
 * is never reported and is dropped at the next call, as Linux removes it
 * from every epoll set when the file is released.
 */
import type { ShimDef, ShimMachine, ShimValue } from '../shim.js';
import { asInt, asPtr } from '../shim.js';
import type { Ptr } from '../../memory/pointer.js';
import { offset } from '../access.js';
import { EBADF, EEXIST, EFAULT, EINVAL, ELOOP, ENOENT, EPERM } from '../errno.js';
import { fail, fdTable, FileDescription, type FileKind, type IoResult, NOT_READY, ok, O_CLOEXEC, O_RDWR, type Readiness } from '../files.js';
import { block } from '../../concurrency/blocking.js';
import { NS_PER_MS, virtualClock } from '../../concurrency/clock.js';
import { fdError } from './fd.js';
import { EPOLLERR, EPOLLET, EPOLLEXCLUSIVE, EPOLLHUP, EPOLLIN, EPOLLONESHOT, EPOLLWAKEUP, pollMask } from './epoll-events.js';

export const EPOLL_CTL_ADD = 1;
export const EPOLL_CTL_DEL = 2;
export const EPOLL_CTL_MOD = 3;
/** sizeof(struct epoll_event): packed on x86-64, u32 events then u64 data at offset 4. */
export const EPOLL_EVENT_SIZE = 12;
/** EP_MAX_EVENTS: INT_MAX / sizeof(struct epoll_event). */
const MAX_EVENTS = Math.floor(0x7fffffff / EPOLL_EVENT_SIZE);
/** EP_MAX_NESTS: how deep epoll instances may watch each other. */
const MAX_NESTS = 4;

interface Interest {
  readonly fd: number;
  readonly desc: FileDescription;
  /** The requested events, always with EPOLLERR | EPOLLHUP, plus EPOLLET / EPOLLONESHOT. */
  events: number;
  /** epoll_data as the program gave it (its bytes, so a half-set union stays as it was). */
  data: Uint8Array;
  /** A one-shot interest that has fired: nothing is reported until EPOLL_CTL_MOD. */
  disabled: boolean;
}

/** Interests of `desc` are keyed by fd: the same description under two fds is two interests. */
type ByFd = Map<number, Interest>;

export class Epoll extends FileDescription {
  /** The interest list. */
  private readonly interests = new Map<FileDescription, ByFd>();
  /** The ready list, in order (a Set keeps insertion order; re-adding after delete appends). */
  private readonly ready = new Set<Interest>();
  /** The watcher this instance installs on each description it watches. */
  private readonly onChange = (desc: FileDescription, events?: number): void => this.changed(desc, events);

  constructor() {
    super('an epoll instance');
    this.statusFlags = O_RDWR;
  }

  override get kind(): FileKind {
    return 'epoll';
  }

  /** eventpoll_fops has no read or write: vfs_read/vfs_write give EINVAL. */
  override read(): IoResult<Uint8Array> {
    return fail(EINVAL);
  }

  override write(): IoResult<number> {
    return fail(EINVAL);
  }

  /** noop_llseek: the position stays 0 whatever is asked. */
  override seek(): IoResult<number> {
    return ok(0);
  }

  /** An epoll fd is readable when an event is ready (so epoll instances nest). */
  override readiness(): Readiness {
    for (const it of this.ready) {
      if (this.active(it) !== 0) return { ...NOT_READY, readable: true };
    }
    return NOT_READY;
  }

  override close(): { ok: true; value: 0 } {
    for (const desc of this.interests.keys()) desc.watchers.delete(this.onChange);
    this.interests.clear();
    this.ready.clear();
    return { ok: true, value: 0 };
  }

  get size(): number {
    this.purge();
    let n = 0;
    for (const byFd of this.interests.values()) n += byFd.size;
    return n;
  }

  /** The events of `it` that are true now (0 when disabled or closed). */
  private active(it: Interest): number {
    if (it.disabled || it.desc.refs === 0) return 0;
    return pollMask(it.desc) & it.events;
  }

  /** A watched description changed: its interests whose events are true join the ready list (ep_poll_callback). */
  private changed(desc: FileDescription, events: number | undefined): void {
    let added = false;
    for (const it of this.interests.get(desc)?.values() ?? []) {
      if (events !== undefined && (events & it.events) === 0) continue;
      if (!this.ready.has(it) && this.active(it) !== 0) {
        this.ready.add(it);
        added = true;
      }
    }
    if (added) this.notifyReadiness(EPOLLIN);
  }

  /** Forgets interests in descriptions whose last fd was closed. */
  private purge(): void {
    for (const [desc, byFd] of this.interests) {
      if (desc.refs > 0) continue;
      for (const it of byFd.values()) this.ready.delete(it);
      this.interests.delete(desc);
      desc.watchers.delete(this.onChange);
    }
  }

  find(desc: FileDescription, fd: number): Interest | undefined {
    this.purge();
    return this.interests.get(desc)?.get(fd);
  }

  add(desc: FileDescription, fd: number, events: number, data: Uint8Array): void {
    const it: Interest = { fd, desc, events: events | EPOLLERR | EPOLLHUP, data, disabled: false };
    let byFd = this.interests.get(desc);
    if (!byFd) {
      byFd = new Map();
      this.interests.set(desc, byFd);
      desc.watchers.add(this.onChange);
    }
    byFd.set(fd, it);
    this.rearm(it);
  }

  modify(it: Interest, events: number, data: Uint8Array): void {
    it.events = events | EPOLLERR | EPOLLHUP;
    it.data = data;
    it.disabled = false;
    this.rearm(it);
  }

  remove(it: Interest): void {
    const byFd = this.interests.get(it.desc)!;
    byFd.delete(it.fd);
    this.ready.delete(it);
    if (byFd.size === 0) {
      this.interests.delete(it.desc);
      it.desc.watchers.delete(this.onChange);
    }
  }

  /** After ADD or MOD: ready now means an event (also for edge-triggered interests). */
  private rearm(it: Interest): void {
    if (!this.ready.has(it) && this.active(it) !== 0) {
      this.ready.add(it);
      this.notifyReadiness(EPOLLIN);
    }
  }

  /** Takes up to `max` events from the ready list (ep_send_events). */
  collect(max: number): { events: number; data: Uint8Array }[] {
    this.purge();
    const out: { events: number; data: Uint8Array }[] = [];
    for (const it of [...this.ready]) {
      if (out.length >= max) break;
      this.ready.delete(it);
      const events = this.active(it);
      if (events === 0) continue;
      out.push({ events, data: it.data });
      if (it.events & EPOLLONESHOT) it.disabled = true;
      else if ((it.events & EPOLLET) === 0) this.ready.add(it);
    }
    return out;
  }

  /** Whether this instance watches `target`, directly or through nested instances (for ELOOP). */
  reaches(target: FileDescription, depth = 0): boolean {
    if (depth > MAX_NESTS) return true;
    for (const desc of this.interests.keys()) {
      if (desc === target) return true;
      if (desc instanceof Epoll && desc.reaches(target, depth + 1)) return true;
    }
    return false;
  }
}

function newEpoll(m: ShimMachine, flags: number): number {
  const r = fdTable(m).insert(new Epoll(), 0, (flags & O_CLOEXEC) !== 0);
  return r.ok ? r.value : fdError(m, r.errno);
}

/** epoll_create(2): `size` is only checked to be positive. */
export function epoll_create(m: ShimMachine, args: ShimValue[]): number {
  return asInt(args[0]!) <= 0 ? fdError(m, EINVAL) : newEpoll(m, 0);
}

/** epoll_create1(2): EPOLL_CLOEXEC is the only flag. */
export function epoll_create1(m: ShimMachine, args: ShimValue[]): number {
  const flags = asInt(args[0]!);
  return flags & ~O_CLOEXEC ? fdError(m, EINVAL) : newEpoll(m, flags);
}

/** Reads a struct epoll_event: `events` must be initialized, `data` is copied as it is. */
function readEvent(m: ShimMachine, p: Ptr): { events: number; data: Uint8Array } {
  m.mem.checkRange(p, EPOLL_EVENT_SIZE, 'read');
  const events = Number(m.mem.readBytes(p, 4, true).reduce((v, b, i) => v + b * 2 ** (8 * i), 0));
  return { events, data: m.mem.readBytes(offset(p, 4), 8, false) };
}

/** The EPOLLEXCLUSIVE rules of epoll_ctl(2): only with ADD, and not with EPOLLONESHOT or on an epoll fd. */
function exclusiveMisused(op: number, events: number, target: FileDescription): boolean {
  if ((events & EPOLLEXCLUSIVE) === 0) return false;
  return op !== EPOLL_CTL_ADD || (events & EPOLLONESHOT) !== 0 || target instanceof Epoll;
}

/** epoll_ctl(2), checking in the kernel's order: event, both fds, pollability, the instance, then the op. */
export function epoll_ctl(m: ShimMachine, args: ShimValue[]): number {
  const [epfd, op, fd] = [asInt(args[0]!), asInt(args[1]!), asInt(args[2]!)];
  const eventp = asPtr(args[3]!);
  const hasEvent = op === EPOLL_CTL_ADD || op === EPOLL_CTL_MOD;
  if (hasEvent && eventp.addr === 0) return fdError(m, EFAULT);
  const event = hasEvent ? readEvent(m, eventp) : undefined;
  const table = fdTable(m);
  const ep = table.get(epfd);
  const target = table.get(fd);
  if (!ep || !target) return fdError(m, EBADF);
  if (target.kind === 'file' || target.kind === 'directory') return fdError(m, EPERM);
  if (ep === target || !(ep instanceof Epoll)) return fdError(m, EINVAL);
  const events = (event?.events ?? 0) & ~EPOLLWAKEUP;
  if (hasEvent && exclusiveMisused(op, events, target)) return fdError(m, EINVAL);
  const existing = ep.find(target, fd);
  switch (op) {
    case EPOLL_CTL_ADD:
      if (existing) return fdError(m, EEXIST);
      if (target instanceof Epoll && target.reaches(ep)) return fdError(m, ELOOP);
      ep.add(target, fd, events, event!.data);
      return 0;
    case EPOLL_CTL_MOD:
      if (!existing) return fdError(m, ENOENT);
      if (existing.events & EPOLLEXCLUSIVE) return fdError(m, EINVAL);
      ep.modify(existing, events, event!.data);
      return 0;
    case EPOLL_CTL_DEL:
      if (!existing) return fdError(m, ENOENT);
      ep.remove(existing);
      return 0;
    default:
      return fdError(m, EINVAL);
  }
}

function writeEvents(m: ShimMachine, p: Ptr, events: readonly { events: number; data: Uint8Array }[]): void {
  const bytes = new Uint8Array(events.length * EPOLL_EVENT_SIZE);
  const view = new DataView(bytes.buffer);
  events.forEach((e, i) => {
    view.setUint32(i * EPOLL_EVENT_SIZE, e.events >>> 0, true);
    bytes.set(e.data, i * EPOLL_EVENT_SIZE + 4);
  });
  if (bytes.length > 0) m.mem.writeBytes(p, bytes);
}

/** epoll_wait(2); `timeout` in milliseconds: 0 polls, -1 waits for ever, more waits that long (virtual time). */
export function epoll_wait(m: ShimMachine, args: ShimValue[]): number {
  const [epfd, eventsp, maxevents, timeout] = [asInt(args[0]!), asPtr(args[1]!), asInt(args[2]!), asInt(args[3]!)];
  if (maxevents <= 0 || maxevents > MAX_EVENTS) return fdError(m, EINVAL);
  m.mem.checkRange(eventsp, maxevents * EPOLL_EVENT_SIZE, 'write');
  const ep = fdTable(m).get(epfd);
  if (!ep) return fdError(m, EBADF);
  if (!(ep instanceof Epoll)) return fdError(m, EINVAL);
  for (;;) {
    const ready = ep.collect(maxevents);
    if (ready.length > 0 || timeout === 0) {
      writeEvents(m, eventsp, ready);
      return ready.length;
    }
    if (timeout > 0) {
      virtualClock(m).advance(BigInt(timeout) * NS_PER_MS);
      return 0;
    }
    const n = ep.size;
    block(m, `wait on fd ${epfd} (${ep.name}): ${n === 1 ? 'the one fd it watches is not ready' : `none of the ${n} fds it watches is ready`}`);
  }
}

/** epoll_pwait(2): the signal mask only matters while a signal could arrive, which none does here. */
export function epoll_pwait(m: ShimMachine, args: ShimValue[]): number {
  const sigmask = asPtr(args[4]!);
  if (sigmask.addr !== 0) m.mem.checkRange(sigmask, 8, 'read');
  return epoll_wait(m, args.slice(0, 4));
}

export const epollShims: readonly ShimDef[] = [
  { name: 'epoll_create', params: ['i32'], ret: 'i32', handler: epoll_create },
  { name: 'epoll_create1', params: ['i32'], ret: 'i32', handler: epoll_create1 },
  { name: 'epoll_ctl', params: ['i32', 'i32', 'i32', 'ptr'], ret: 'i32', handler: epoll_ctl },
  { name: 'epoll_wait', params: ['i32', 'ptr', 'i32', 'i32'], ret: 'i32', handler: epoll_wait },
  { name: 'epoll_pwait', params: ['i32', 'ptr', 'i32', 'i32', 'ptr'], ret: 'i32', handler: epoll_pwait },
];
