/**
 * Blocking a thread on a condition (DESIGN.md decisions 7 and 12).
 *
 * A shim whose operation would block (a read from an empty pipe, a write to a
 * full one, epoll_wait with nothing ready) calls `block`. Until threads
 * arrive there is one thread, so nothing can ever wake it: the run stops
 * with `deadlock` at the call, naming what it waits for. With threads, this
 * is where the thread is parked with a continuation instead.
 *
 * Invariant: `block` never returns normally today; callers must still be
 * written as if it could (retry the operation after it), so that parking can
 * be added without changing them.
 */
import type { ShimMachine } from '../shims/shim.js';

/** Blocks the calling thread until `what` changes; with one thread that is a deadlock. */
export function block(m: ShimMachine, what: string): never {
  return m.deadlock(`the only thread is blocked in \`${m.currentShim}\` forever: ${what}`);
}
