/**
 * The process as the program sees it: its ids (POSIX getpid, getppid,
 * getuid, geteuid, getgid, getegid) and its sense of time (POSIX sleep,
 * usleep, nanosleep, clock_nanosleep, time, gettimeofday, clock_gettime,
 * clock_getres; C17 7.27.2 clock, time, timespec_get).
 *
 * Time comes from the run's virtual clock (src/concurrency/clock.ts): a sleep
 * advances it instead of waiting, so a program that sleeps an hour finishes
 * at once and every run of a seed sees the same times. Each reading of a
 * clock also advances it by `READ_TICK_NS`, standing for the time the
 * program computed since the last reading: a loop that polls the clock until
 * a deadline then ends, where a clock that never moved would hang it. That
 * tick is also the program's CPU time (sleeping uses none).
 * Under isolation the ids are fixed and the real-time clock starts at a fixed
 * date; with isolation disabled the ids are the host process's and the
 * clocks are the host's plus the time the program slept.
 *
 * Not here: calendar conversions (localtime, strftime), timers and alarms,
 * setting a clock. With threads, a sleeping thread will have to let the others
 * run (through src/concurrency/); with one thread, advancing the clock is all
 * a sleep does.
 *
 * Invariant: under isolation every value returned here depends only on the
 * run so far, never on the host.
 */
import type { ShimDef, ShimMachine, ShimValue } from '../shim.js';
import { asInt, asPtr } from '../shim.js';
import type { Ptr } from '../../memory/pointer.js';
import { canon64 } from '../../memory/pointer.js';
import { familyState, offset, requireNonNull } from '../access.js';
import { EINVAL, ENOTSUP } from '../errno.js';
import { NS_PER_SEC, virtualClock } from '../../concurrency/clock.js';

/**
 * Under isolation: a plausible process id (above the range of system daemons,
 * as Miri's 1000) and a parent that looks like a shell; user and group 1000,
 * the first account a Linux distribution creates.
 */
const ISOLATED_PID = 1000;
const ISOLATED_PPID = 999;
const ISOLATED_ID = 1000;

/** Under isolation the real-time clock starts at 2025-01-01T00:00:00Z. */
const ISOLATED_EPOCH_NS = 1_735_689_600n * NS_PER_SEC;
/** Under isolation the monotonic clocks start at an uptime of one hour, never at 0 (which programs may take as "unset"). */
const ISOLATED_UPTIME_NS = 3600n * NS_PER_SEC;
/** How far one reading of a clock advances it (see the file comment). */
const READ_TICK_NS = 1000n;

const CLOCK_REALTIME = 0;
const CLOCK_MONOTONIC = 1;
const CLOCK_PROCESS_CPUTIME_ID = 2;
const CLOCK_THREAD_CPUTIME_ID = 3;
const CLOCK_MONOTONIC_RAW = 4;
const CLOCK_REALTIME_COARSE = 5;
const CLOCK_MONOTONIC_COARSE = 6;
const CLOCK_BOOTTIME = 7;
const CLOCK_TAI = 11;
const TIMER_ABSTIME = 1;
const TIME_UTC = 1;

/** What a clock id measures. */
type ClockKind = 'realtime' | 'monotonic' | 'cpu';

/** The clocks Linux gives an unprivileged process, by id; the coarse ones tick every 4 ms (HZ=250). */
const CLOCKS: ReadonlyMap<number, { kind: ClockKind; resolution: bigint }> = new Map([
  [CLOCK_REALTIME, { kind: 'realtime', resolution: 1n }],
  [CLOCK_MONOTONIC, { kind: 'monotonic', resolution: 1n }],
  [CLOCK_PROCESS_CPUTIME_ID, { kind: 'cpu', resolution: 1n }],
  [CLOCK_THREAD_CPUTIME_ID, { kind: 'cpu', resolution: 1n }],
  [CLOCK_MONOTONIC_RAW, { kind: 'monotonic', resolution: 1n }],
  [CLOCK_REALTIME_COARSE, { kind: 'realtime', resolution: 4_000_000n }],
  [CLOCK_MONOTONIC_COARSE, { kind: 'monotonic', resolution: 4_000_000n }],
  [CLOCK_BOOTTIME, { kind: 'monotonic', resolution: 1n }],
  [CLOCK_TAI, { kind: 'realtime', resolution: 1n }],
]);

/** Per-run state: the CPU time the program has used, in nanoseconds. */
interface ProcessState {
  cpu: bigint;
}

function state(m: ShimMachine): ProcessState {
  return familyState(m, 'process', () => ({ cpu: 0n }));
}

function hostProcess(): NodeJS.Process {
  return globalThis.process;
}

// ---- ids

/** The program's pid (POSIX getpid); also what kill(getpid(), sig) must match. */
export function programPid(m: ShimMachine): number {
  return m.config.isolation ? ISOLATED_PID : hostProcess().pid;
}

const getpid = (m: ShimMachine): number => programPid(m);
const getppid = (m: ShimMachine): number => (m.config.isolation ? ISOLATED_PPID : hostProcess().ppid);

/** getuid and friends: the host's ids come from Node's POSIX-only functions (undefined elsewhere). */
function hostId(m: ShimMachine, which: 'getuid' | 'geteuid' | 'getgid' | 'getegid'): number {
  const host = hostProcess();
  return m.config.isolation || host[which] === undefined ? ISOLATED_ID : host[which]();
}

const getuid = (m: ShimMachine): number => hostId(m, 'getuid');
const geteuid = (m: ShimMachine): number => hostId(m, 'geteuid');
const getgid = (m: ShimMachine): number => hostId(m, 'getgid');
const getegid = (m: ShimMachine): number => hostId(m, 'getegid');

// ---- reading the clocks

/**
 * The real-time clock in nanoseconds since the Unix epoch, without a reading's tick: under isolation
 * 2025-01-01 plus the virtual time that passed (file timestamps use it too, vfs.ts).
 */
export function realTimeNs(m: ShimMachine): bigint {
  return (m.config.isolation ? ISOLATED_EPOCH_NS : BigInt(Date.now()) * 1_000_000n) + virtualClock(m).now();
}

/** The time of a clock in nanoseconds, after advancing the virtual clock by one reading. */
function readClock(m: ShimMachine, kind: ClockKind): bigint {
  const clock = virtualClock(m);
  clock.advance(READ_TICK_NS);
  const s = state(m);
  s.cpu += READ_TICK_NS;
  const isolated = m.config.isolation;
  switch (kind) {
    case 'realtime': return realTimeNs(m);
    case 'monotonic': return (isolated ? ISOLATED_UPTIME_NS : hostProcess().hrtime.bigint()) + clock.now();
    case 'cpu': return isolated ? s.cpu : cpuUsageNs();
    default: return assertNever(kind);
  }
}

function cpuUsageNs(): bigint {
  const u = hostProcess().cpuUsage();
  return BigInt(u.user + u.system) * 1000n;
}

function assertNever(x: never): never {
  throw new Error(`unexpected clock kind ${String(x)}`);
}

/** Writes a `struct timespec` or `struct timeval` ({ i64 seconds; i64 fraction }) after checking all 16 bytes. */
function storePair(m: ShimMachine, p: Ptr, seconds: bigint, fraction: bigint): void {
  m.mem.checkRange(p, 16, 'write');
  m.mem.storeScalar(p, 'i64', canon64(seconds));
  m.mem.storeScalar(offset(p, 8), 'i64', canon64(fraction));
}

/** Splits nanoseconds into a timespec (floor division, so times before 1970 keep tv_nsec in [0, 1e9)). */
function storeTimespec(m: ShimMachine, p: Ptr, ns: bigint): void {
  const sec = ns >= 0n ? ns / NS_PER_SEC : -((-ns + NS_PER_SEC - 1n) / NS_PER_SEC);
  storePair(m, p, sec, ns - sec * NS_PER_SEC);
}

function fail(m: ShimMachine, errno: number): number {
  m.setErrno(errno);
  return -1;
}

/** POSIX clock_gettime: EINVAL for a clock Linux does not give this process. */
function clock_gettime(m: ShimMachine, args: ShimValue[]): number {
  const clock = CLOCKS.get(asInt(args[0]!));
  if (!clock) return fail(m, EINVAL);
  storeTimespec(m, asPtr(args[1]!), readClock(m, clock.kind));
  return 0;
}

/** POSIX clock_getres: `res` may be NULL. */
function clock_getres(m: ShimMachine, args: ShimValue[]): number {
  const clock = CLOCKS.get(asInt(args[0]!));
  const res = asPtr(args[1]!);
  if (!clock) return fail(m, EINVAL);
  if (res.addr !== 0 || res.prov !== 0) storeTimespec(m, res, clock.resolution);
  return 0;
}

/** C17 7.27.2.4, POSIX time: seconds since the epoch, also stored at `tloc` unless it is NULL. */
function time(m: ShimMachine, args: ShimValue[]): number | bigint {
  const tloc = asPtr(args[0]!);
  if (tloc.addr !== 0 || tloc.prov !== 0) m.mem.checkRange(tloc, 8, 'write');
  const seconds = canon64(readClock(m, 'realtime') / NS_PER_SEC);
  if (tloc.addr !== 0 || tloc.prov !== 0) m.mem.storeScalar(tloc, 'i64', seconds);
  return seconds;
}

/**
 * POSIX gettimeofday: "if tp is a null pointer, the behavior is unspecified"
 * (glibc declares it nonnull), so a null `tv` is reported; `tz` may be NULL
 * and is filled as UTC without daylight saving time.
 */
function gettimeofday(m: ShimMachine, args: ShimValue[]): number {
  const tv = asPtr(args[0]!);
  const tz = asPtr(args[1]!);
  requireNonNull(m, tv, 'the timeval pointer');
  const ns = readClock(m, 'realtime');
  storePair(m, tv, ns / NS_PER_SEC, (ns % NS_PER_SEC) / 1000n);
  if (tz.addr !== 0 || tz.prov !== 0) m.mem.writeBytes(tz, new Uint8Array(8));
  return 0;
}

/** C17 7.27.2.1: processor time in CLOCKS_PER_SEC (1000000) units. */
function clock(m: ShimMachine): number | bigint {
  return canon64(readClock(m, 'cpu') / 1000n);
}

/** C17 7.27.2.5: the calendar time for base TIME_UTC (returning the base), 0 for any other base. */
function timespec_get(m: ShimMachine, args: ShimValue[]): number {
  const ts = asPtr(args[0]!);
  const base = asInt(args[1]!);
  if (base !== TIME_UTC) return 0;
  storeTimespec(m, ts, readClock(m, 'realtime'));
  return base;
}

// ---- sleeping

/** POSIX sleep: the whole time passes (no signal interrupts it), so 0 seconds are left. */
function sleep(m: ShimMachine, args: ShimValue[]): number {
  virtualClock(m).advance(BigInt(asInt(args[0]!) >>> 0) * NS_PER_SEC);
  return 0;
}

/** POSIX usleep (glibc accepts a full second or more, as Linux's nanosleep does). */
function usleep(m: ShimMachine, args: ShimValue[]): number {
  virtualClock(m).advance(BigInt(asInt(args[0]!) >>> 0) * 1000n);
  return 0;
}

/** A `struct timespec` argument in nanoseconds, or undefined when it is not a valid duration (EINVAL). */
function loadTimespec(m: ShimMachine, p: Ptr): bigint | undefined {
  m.mem.checkRange(p, 16, 'read');
  const sec = BigInt(m.mem.loadScalar(p, 'i64'));
  const nsec = BigInt(m.mem.loadScalar(offset(p, 8), 'i64'));
  if (sec < 0n || nsec < 0n || nsec >= NS_PER_SEC) return undefined;
  return sec * NS_PER_SEC + nsec;
}

/** POSIX nanosleep: `rem` is written only when a signal interrupts the sleep, which never happens here. */
function nanosleep(m: ShimMachine, args: ShimValue[]): number {
  const ns = loadTimespec(m, asPtr(args[0]!));
  if (ns === undefined) return fail(m, EINVAL);
  virtualClock(m).advance(ns);
  return 0;
}

/**
 * POSIX clock_nanosleep: returns the error number instead of setting errno.
 * With TIMER_ABSTIME the request is a time on that clock to sleep until.
 * Sleeping on a CPU-time clock would wait for CPU time that a sleeping
 * program never uses: Linux refuses the thread's clock (EINVAL) and hangs on
 * the process's, which ciri reports as unsupported instead.
 */
function clock_nanosleep(m: ShimMachine, args: ShimValue[]): number {
  const id = asInt(args[0]!);
  const flags = asInt(args[1]!);
  const clock = CLOCKS.get(id);
  if (!clock || id === CLOCK_THREAD_CPUTIME_ID) return EINVAL;
  const ns = loadTimespec(m, asPtr(args[2]!));
  if (ns === undefined) return EINVAL;
  if (clock.kind === 'cpu') m.unsupported('`clock_nanosleep` on CLOCK_PROCESS_CPUTIME_ID: a sleeping program uses no CPU time, so it would sleep forever');
  if ((flags & ~TIMER_ABSTIME) !== 0) return ENOTSUP;
  const wait = (flags & TIMER_ABSTIME) !== 0 ? ns - readClock(m, clock.kind) : ns;
  virtualClock(m).advance(wait);
  return 0;
}

export const processShims: readonly ShimDef[] = [
  { name: 'getpid', params: [], ret: 'i32', handler: getpid },
  { name: 'getppid', params: [], ret: 'i32', handler: getppid },
  { name: 'getuid', params: [], ret: 'u32', handler: getuid },
  { name: 'geteuid', params: [], ret: 'u32', handler: geteuid },
  { name: 'getgid', params: [], ret: 'u32', handler: getgid },
  { name: 'getegid', params: [], ret: 'u32', handler: getegid },
  { name: 'clock_gettime', params: ['i32', 'ptr'], ret: 'i32', handler: clock_gettime },
  { name: 'clock_getres', params: ['i32', 'ptr'], ret: 'i32', handler: clock_getres },
  { name: 'time', params: ['ptr'], ret: 'i64', handler: time },
  { name: 'gettimeofday', params: ['ptr', 'ptr'], ret: 'i32', handler: gettimeofday },
  { name: 'clock', params: [], ret: 'i64', handler: clock },
  { name: 'timespec_get', params: ['ptr', 'i32'], ret: 'i32', handler: timespec_get },
  { name: 'sleep', params: ['u32'], ret: 'u32', handler: sleep },
  { name: 'usleep', params: ['u32'], ret: 'i32', handler: usleep },
  { name: 'nanosleep', params: ['ptr', 'ptr'], ret: 'i32', handler: nanosleep },
  { name: 'clock_nanosleep', params: ['i32', 'i32', 'ptr', 'ptr'], ret: 'i32', handler: clock_nanosleep },
];
