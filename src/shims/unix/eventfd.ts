/**
 * eventfd (Linux eventfd(2)), after Miri's shims/unix/linux_like/eventfd.rs:
 * a 64-bit counter behind an fd. A write of 8 bytes adds to it, a read of 8
 * bytes takes it all (or 1 with EFD_SEMAPHORE); both block (or give EAGAIN)
 * when they cannot proceed. glibc's eventfd_read/eventfd_write are here too.
 *
 * As Linux (fs/eventfd.c): a read buffer shorter than 8 bytes is EINVAL, a
 * longer one moves exactly 8; a write must be exactly 8 bytes (EINVAL
 * otherwise; writev writes each buffer on its own, as there is no
 * write_iter); writing 0xffffffffffffffff is EINVAL; the counter's maximum is
 * 0xfffffffffffffffe. lseek is noop_llseek: it answers 0 and moves nothing. Not here: EFD_SEMAPHORE-free eventfd2 syscall spellings.
 *
 * Invariant: 0 <= counter <= MAX_COUNTER; every change notifies epoll with
 * the event it may have made true (EPOLLIN after a write, EPOLLOUT after a
 * read), as eventfd_write/eventfd_read wake the queue.
 */
import type { ShimDef, ShimMachine, ShimValue } from '../shim.js';
import { asInt, asPtr } from '../shim.js';
import { EINVAL } from '../errno.js';
import { fail, fdTable, FileDescription, type FileKind, type IoResult, ok, O_CLOEXEC, O_NONBLOCK, O_RDWR,
  type Readiness, wouldBlock } from '../files.js';
import { fdError, fdRead, fdWrite } from './fd.js';
import { EPOLLIN, EPOLLOUT } from './epoll-events.js';

export const EFD_SEMAPHORE = 1;
export const EFD_NONBLOCK = O_NONBLOCK;
export const EFD_CLOEXEC = O_CLOEXEC;
/** ULLONG_MAX - 1: the counter never reaches ULLONG_MAX. */
export const MAX_COUNTER = 0xfffffffffffffffen;

function encode(v: bigint): Uint8Array {
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, v, true);
  return out;
}

export class EventFd extends FileDescription {
  /** The counter. */
  private counter: bigint;

  constructor(initval: number, private readonly semaphore: boolean) {
    super('an eventfd');
    this.counter = BigInt(initval);
    this.statusFlags = O_RDWR;
  }

  override get kind(): FileKind {
    return 'eventfd';
  }

  /** eventfd(2) read: 8 bytes, the counter (then 0) or 1 (semaphore, then counter - 1). */
  override read(_m: ShimMachine, len: number): IoResult<Uint8Array> {
    if (len < 8) return fail(EINVAL);
    if (this.counter === 0n) return wouldBlock('the eventfd counter is 0');
    const value = this.semaphore ? 1n : this.counter;
    this.counter -= value;
    this.notifyReadiness(EPOLLOUT);
    return ok(encode(value));
  }

  /** eventfd(2) write: adds an 8-byte value, blocking while the sum would pass MAX_COUNTER. */
  override write(_m: ShimMachine, data: Uint8Array): IoResult<number> {
    if (data.length !== 8) return fail(EINVAL);
    const value = new DataView(data.buffer, data.byteOffset, 8).getBigUint64(0, true);
    if (value > MAX_COUNTER) return fail(EINVAL);
    if (value > MAX_COUNTER - this.counter) return wouldBlock('adding to the eventfd counter would pass its maximum');
    this.counter += value;
    this.notifyReadiness(EPOLLIN);
    return ok(8);
  }

  override get writesEachBuffer(): boolean {
    return true;
  }

  /** noop_llseek: the position stays 0 whatever is asked. */
  override seek(): IoResult<number> {
    return ok(0);
  }

  /** eventfd_poll: readable when the counter is not 0, writable while 1 more fits. */
  override readiness(): Readiness {
    return { readable: this.counter > 0n, writable: this.counter < MAX_COUNTER, readHangup: false, hangup: false, error: false };
  }
}

/** eventfd(2): flags EFD_SEMAPHORE, EFD_NONBLOCK, EFD_CLOEXEC; anything else is EINVAL. */
export function eventfd(m: ShimMachine, args: ShimValue[]): number {
  const initval = Number(args[0]!) >>> 0;
  const flags = asInt(args[1]!);
  if (flags & ~(EFD_SEMAPHORE | EFD_NONBLOCK | EFD_CLOEXEC)) return fdError(m, EINVAL);
  const desc = new EventFd(initval, (flags & EFD_SEMAPHORE) !== 0);
  if (flags & EFD_NONBLOCK) desc.statusFlags |= O_NONBLOCK;
  const r = fdTable(m).insert(desc, 0, (flags & EFD_CLOEXEC) !== 0);
  return r.ok ? r.value : fdError(m, r.errno);
}

/** glibc eventfd_read: read(fd, value, 8) == 8 ? 0 : -1. */
export function eventfd_read(m: ShimMachine, args: ShimValue[]): number {
  const fd = asInt(args[0]!);
  const value = asPtr(args[1]!);
  m.mem.checkRange(value, 8, 'write');
  const r = fdRead(m, fd, 8);
  if (!r.ok) return fdError(m, r.errno);
  if (r.value.length !== 8) return -1;
  m.mem.writeBytes(value, r.value);
  return 0;
}

/** glibc eventfd_write: write(fd, &value, 8) == 8 ? 0 : -1. */
export function eventfd_write(m: ShimMachine, args: ShimValue[]): number {
  const fd = asInt(args[0]!);
  const value = BigInt.asUintN(64, BigInt(args[1] as number | bigint));
  const r = fdWrite(m, fd, encode(value));
  if (!r.ok) return fdError(m, r.errno);
  return r.value === 8 ? 0 : -1;
}

export const eventfdShims: readonly ShimDef[] = [
  { name: 'eventfd', params: ['u32', 'i32'], ret: 'i32', handler: eventfd },
  { name: 'eventfd_read', params: ['i32', 'ptr'], ret: 'i32', handler: eventfd_read },
  { name: 'eventfd_write', params: ['i32', 'u64'], ret: 'i32', handler: eventfd_write },
];
