/**
 * The virtual clock (DESIGN.md decision 14: "a fixed clock"): time inside a
 * run passes only when the program waits for it, through a timeout
 * (epoll_wait, poll, select) or a sleep. So a run is the same for a given
 * seed however fast the host is, and a program that sleeps an hour finishes
 * at once.
 *
 * Not here: how `time()` or `clock_gettime` turn this into a date (the process
 * shims own that, and decide what isolation means for the real-time clock).
 *
 * Invariant: `now()` never decreases; it starts at 0 when the program starts.
 */
import type { ShimMachine } from '../shims/shim.js';
import { familyState } from '../shims/access.js';

export interface VirtualClock {
  /** Nanoseconds elapsed since the program started (a monotonic clock). */
  now(): bigint;
  /** Lets `ns` nanoseconds pass (negative or zero: no time passes). */
  advance(ns: bigint | number): void;
}

class Clock implements VirtualClock {
  /** Elapsed nanoseconds; a bigint so that long timeouts add up exactly. */
  private elapsed = 0n;

  now(): bigint {
    return this.elapsed;
  }

  advance(ns: bigint | number): void {
    const step = typeof ns === 'bigint' ? ns : BigInt(Math.trunc(ns));
    if (step > 0n) this.elapsed += step;
  }
}

/** The run's clock, created at 0 on first use. */
export function virtualClock(m: ShimMachine): VirtualClock {
  return familyState(m, 'clock', () => new Clock());
}

/** Nanoseconds in one millisecond, second: for converting C timeouts. */
export const NS_PER_MS = 1_000_000n;
export const NS_PER_SEC = 1_000_000_000n;
