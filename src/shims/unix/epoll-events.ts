/**
 * The event bits epoll, poll and select share (Linux's EPOLL* values, which
 * equal the POLL* ones), and the translation of a description's `Readiness`
 * into them, as the kernel's poll methods report it.
 *
 * Not here: interest lists or waiting (epoll.ts, poll.ts).
 * Invariant: IN and OUT come with the companion bits (RDNORM, WRNORM,
 * WRBAND) the kernel's poll method for that kind sets, so `poll` with
 * POLLRDNORM or POLLWRBAND sees what Linux shows.
 */
import { FileDescription, type FileKind, type Readiness } from '../files.js';

export const EPOLLIN = 0x001;
export const EPOLLPRI = 0x002;
export const EPOLLOUT = 0x004;
export const EPOLLERR = 0x008;
export const EPOLLHUP = 0x010;
export const POLLNVAL = 0x020;
export const EPOLLRDNORM = 0x040;
export const EPOLLRDBAND = 0x080;
export const EPOLLWRNORM = 0x100;
export const EPOLLWRBAND = 0x200;
export const EPOLLMSG = 0x400;
export const EPOLLRDHUP = 0x2000;
export const EPOLLEXCLUSIVE = 1 << 28;
export const EPOLLWAKEUP = 1 << 29;
export const EPOLLONESHOT = 1 << 30;
export const EPOLLET = 2 ** 31;

/**
 * The events a description of `kind` reports now. The companion bits differ
 * by poll method: pipe_poll adds RDNORM/WRNORM, unix_poll and
 * unix_dgram_poll also WRBAND, eventfd_poll none.
 */
export function eventMask(r: Readiness, kind: FileKind): number {
  const plain = kind === 'eventfd';
  let mask = 0;
  if (r.readable) mask |= plain ? EPOLLIN : EPOLLIN | EPOLLRDNORM;
  if (r.writable) mask |= plain ? EPOLLOUT : kind === 'socket' ? EPOLLOUT | EPOLLWRNORM | EPOLLWRBAND : EPOLLOUT | EPOLLWRNORM;
  if (r.readHangup) mask |= EPOLLRDHUP;
  if (r.hangup) mask |= EPOLLHUP;
  if (r.error) mask |= EPOLLERR;
  return mask;
}

/**
 * What poll, select and epoll see on `desc`. Regular files and directories
 * have no poll method in Linux and always report DEFAULT_POLLMASK (ready for
 * both); so does a description that does not model readiness (the standard
 * streams: ciri's stdin and stdout never block).
 */
export function pollMask(desc: FileDescription): number {
  const modelled = desc.readiness !== FileDescription.prototype.readiness;
  if (desc.kind === 'file' || desc.kind === 'directory' || !modelled) return EPOLLIN | EPOLLOUT | EPOLLRDNORM | EPOLLWRNORM;
  return eventMask(desc.readiness(), desc.kind);
}
