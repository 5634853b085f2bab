import { describe, expect, it } from 'vitest';
import { FakeMachine, NULL, ubOf, Unsupported } from '../fake-machine.js';
import type { Ptr } from '../../../../src/memory/pointer.js';
import { virtualClock } from '../../../../src/concurrency/clock.js';
import { programPid } from '../../../../src/shims/unix/process.js';

const CLOCK_REALTIME = 0;
const CLOCK_MONOTONIC = 1;
const CLOCK_PROCESS_CPUTIME_ID = 2;
const CLOCK_THREAD_CPUTIME_ID = 3;
const CLOCK_MONOTONIC_COARSE = 6;
const EINVAL = 22;
const SEC = 1_000_000_000;
/** 2025-01-01T00:00:00Z, where the isolated real-time clock starts. */
const EPOCH = 1_735_689_600;

function timespec(m: FakeMachine, p: Ptr): [number, number] {
  return [Number(m.mem.loadScalar(p, 'i64')), Number(m.mem.loadScalar({ addr: p.addr + 8, prov: p.prov }, 'i64'))];
}

function request(m: FakeMachine, sec: number, nsec: number): Ptr {
  const p = m.buffer(16);
  m.mem.storeScalar(p, 'i64', sec);
  m.mem.storeScalar({ addr: p.addr + 8, prov: p.prov }, 'i64', nsec);
  return p;
}

function nsOf(m: FakeMachine, clock: number): number {
  const ts = m.buffer(16);
  expect(m.call('clock_gettime', [clock, ts])).toBe(0);
  const [s, ns] = timespec(m, ts);
  return s * SEC + ns;
}

describe('process ids', () => {
  it('are fixed under isolation', () => {
    const m = new FakeMachine();
    expect([m.call('getpid'), m.call('getppid'), programPid(m)]).toEqual([1000, 999, 1000]);
    expect(['getuid', 'geteuid', 'getgid', 'getegid'].map((f) => m.call(f))).toEqual([1000, 1000, 1000, 1000]);
  });

  it('are the host process\'s with isolation disabled', () => {
    const m = new FakeMachine({ isolation: false });
    expect(m.call('getpid')).toBe(process.pid);
    expect(m.call('getuid')).toBe(process.getuid!());
  });
});

describe('the clocks under isolation', () => {
  it('start at a fixed date and a fixed uptime, the same in every run', () => {
    const a = new FakeMachine(), b = new FakeMachine();
    expect(nsOf(a, CLOCK_REALTIME)).toBe(nsOf(b, CLOCK_REALTIME));
    expect(Math.floor(nsOf(a, CLOCK_REALTIME) / SEC)).toBe(EPOCH);
    expect(Math.floor(nsOf(a, CLOCK_MONOTONIC) / SEC)).toBe(3600);
    expect(a.call('time', [NULL])).toBe(EPOCH);
  });

  it('advance a little with every reading, so a loop polling the clock ends', () => {
    const m = new FakeMachine();
    const t0 = nsOf(m, CLOCK_MONOTONIC);
    const t1 = nsOf(m, CLOCK_MONOTONIC);
    expect(t1).toBeGreaterThan(t0);
    expect(t1 - t0).toBeLessThan(SEC);
  });

  it('let time pass by exactly what sleep, usleep and nanosleep ask for', () => {
    const m = new FakeMachine();
    const t0 = nsOf(m, CLOCK_MONOTONIC);
    expect(m.call('sleep', [2])).toBe(0);
    expect(m.call('usleep', [500_000])).toBe(0);
    expect(m.call('nanosleep', [request(m, 1, 250), NULL])).toBe(0);
    const slept = nsOf(m, CLOCK_MONOTONIC) - t0;
    expect(slept - (3.5 * SEC + 250)).toBeGreaterThan(0);
    expect(slept - (3.5 * SEC + 250)).toBeLessThan(10_000);
    expect(virtualClock(m).now()).toBeGreaterThan(3_500_000_250n);
  });

  it('count no CPU time for sleeping', () => {
    const m = new FakeMachine();
    const c0 = nsOf(m, CLOCK_PROCESS_CPUTIME_ID);
    m.call('sleep', [10]);
    expect(nsOf(m, CLOCK_PROCESS_CPUTIME_ID) - c0).toBeLessThan(10_000);
    expect(Number(m.call('clock'))).toBeLessThan(1000);
  });

  it('fill timeval, timezone and timespec_get from the real-time clock', () => {
    const m = new FakeMachine();
    const tv = m.buffer(16), tz = m.buffer(8);
    expect(m.call('gettimeofday', [tv, tz])).toBe(0);
    expect(timespec(m, tv)[0]).toBe(EPOCH);
    expect([...m.mem.readBytes(tz, 8, true)]).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect(m.call('gettimeofday', [tv, NULL])).toBe(0);
    expect(ubOf(() => m.call('gettimeofday', [NULL, NULL]))).toMatchObject({ kind: 'invalid-argument', fn: 'gettimeofday' });
    const ts = m.buffer(16);
    expect(m.call('timespec_get', [ts, 1])).toBe(1);
    expect(timespec(m, ts)[0]).toBe(EPOCH);
    expect(m.call('timespec_get', [ts, 2])).toBe(0);
  });

  it('store time() through a non-null pointer as well', () => {
    const m = new FakeMachine();
    const t = m.buffer(8);
    expect(m.call('time', [t])).toBe(EPOCH);
    expect(Number(m.mem.loadScalar(t, 'i64'))).toBe(EPOCH);
  });
});

describe('clock errors', () => {
  it('fails with EINVAL for an unknown clock and reports a timespec that is too small', () => {
    const m = new FakeMachine();
    expect(m.call('clock_gettime', [99, m.buffer(16)])).toBe(-1);
    expect(m.errno).toBe(EINVAL);
    expect(ubOf(() => m.call('clock_gettime', [CLOCK_REALTIME, m.buffer(8)]))).toMatchObject({ kind: 'out-of-bounds', access: 'write' });
  });

  it('gives the resolution of each clock, and accepts a null result', () => {
    const m = new FakeMachine();
    const res = m.buffer(16);
    expect(m.call('clock_getres', [CLOCK_MONOTONIC, res])).toBe(0);
    expect(timespec(m, res)).toEqual([0, 1]);
    expect(m.call('clock_getres', [CLOCK_MONOTONIC_COARSE, res])).toBe(0);
    expect(timespec(m, res)).toEqual([0, 4_000_000]);
    expect(m.call('clock_getres', [CLOCK_REALTIME, NULL])).toBe(0);
  });

  it('rejects an invalid nanosleep duration with EINVAL and reads the request as initialized', () => {
    const m = new FakeMachine();
    expect(m.call('nanosleep', [request(m, 0, SEC), NULL])).toBe(-1);
    expect(m.errno).toBe(EINVAL);
    expect(m.call('nanosleep', [request(m, -1, 0), NULL])).toBe(-1);
    expect(ubOf(() => m.call('nanosleep', [m.buffer(16), NULL]))).toMatchObject({ kind: 'uninitialized-read' });
  });
});

describe('clock_nanosleep', () => {
  it('sleeps for a duration or until an absolute time, returning errors as values', () => {
    const m = new FakeMachine();
    const t0 = nsOf(m, CLOCK_MONOTONIC);
    expect(m.call('clock_nanosleep', [CLOCK_MONOTONIC, 0, request(m, 1, 0), NULL])).toBe(0);
    expect(m.call('clock_nanosleep', [CLOCK_MONOTONIC, 1, request(m, 3600 + 5, 0), NULL])).toBe(0);
    expect(Math.floor(nsOf(m, CLOCK_MONOTONIC) / SEC)).toBe(3605);
    expect(nsOf(m, CLOCK_MONOTONIC) - t0).toBeGreaterThan(5 * SEC - 1);
    expect(m.call('clock_nanosleep', [CLOCK_MONOTONIC, 0, request(m, 0, -1), NULL])).toBe(EINVAL);
    expect(m.call('clock_nanosleep', [CLOCK_THREAD_CPUTIME_ID, 0, request(m, 0, 1), NULL])).toBe(EINVAL);
    expect(m.call('clock_nanosleep', [99, 0, request(m, 0, 1), NULL])).toBe(EINVAL);
  });

  it('does not go back in time for a deadline already past', () => {
    const m = new FakeMachine();
    const before = virtualClock(m).now();
    expect(m.call('clock_nanosleep', [CLOCK_REALTIME, 1, request(m, 0, 0), NULL])).toBe(0);
    expect(virtualClock(m).now()).toBeGreaterThanOrEqual(before);
  });

  it('stops as unsupported on the process CPU clock, where Linux would sleep forever', () => {
    const m = new FakeMachine();
    expect(() => m.call('clock_nanosleep', [CLOCK_PROCESS_CPUTIME_ID, 0, request(m, 0, 1), NULL])).toThrow(Unsupported);
  });
});
