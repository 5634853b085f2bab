/**
 * sysconf (POSIX sysconf): the limits and options of the machine the program
 * runs on, which is ciri's abstract machine, not the host.
 *
 * Values are glibc's on x86-64 Linux where they are constants (page size,
 * clock ticks, LINE_MAX, option versions); where Linux asks the system (CPUs,
 * memory, open files) they describe the abstract machine: one CPU (as Miri's
 * default), the configured memory limit, the fd table's OPEN_MAX. A limit
 * that is indeterminate returns -1 with errno untouched, as POSIX says; a
 * name glibc does not know is -1 with EINVAL.
 *
 * Not here: pathconf/fpathconf, confstr.
 * Invariant: the result depends only on the name, the configuration and the
 * memory in use, never on the host.
 */
import type { ShimDef, ShimMachine, ShimValue } from '../shim.js';
import { asInt } from '../shim.js';
import { EINVAL } from '../errno.js';
import { OPEN_MAX } from '../files.js';
import { PAGE_SIZE } from './mmap.js';

/** glibc's value of every supported POSIX option (`_POSIX_VERSION`'s 200809L). */
const POSIX_2008 = 200809;
const INT_MAX = 2 ** 31 - 1;

/** A value, or a function of the machine for the ones that describe it. */
type Value = number | ((m: ShimMachine) => number);

/** _SC_* name (glibc <bits/confname.h> value) -> result. -1: indeterminate (no limit). */
const VALUES: ReadonlyMap<number, Value> = new Map<number, Value>([
  [0, 2097152], // _SC_ARG_MAX: a quarter of the default 8 MiB stack limit, as glibc computes it
  [1, -1], // _SC_CHILD_MAX: no fork, so no process limit to report
  [2, 100], // _SC_CLK_TCK
  [3, 65536], // _SC_NGROUPS_MAX
  [4, OPEN_MAX], // _SC_OPEN_MAX
  [5, 16], // _SC_STREAM_MAX: FOPEN_MAX
  [6, -1], // _SC_TZNAME_MAX
  [7, 1], // _SC_JOB_CONTROL
  [8, 1], // _SC_SAVED_IDS
  [11, POSIX_2008], // _SC_TIMERS
  [14, POSIX_2008], // _SC_SYNCHRONIZED_IO
  [15, POSIX_2008], // _SC_FSYNC
  [16, POSIX_2008], // _SC_MAPPED_FILES
  [21, POSIX_2008], // _SC_SEMAPHORES
  [29, POSIX_2008], // _SC_VERSION
  [30, PAGE_SIZE], // _SC_PAGESIZE
  [31, 32], // _SC_RTSIG_MAX
  [33, INT_MAX], // _SC_SEM_VALUE_MAX
  [35, -1], // _SC_TIMER_MAX
  [43, 2048], // _SC_LINE_MAX
  [44, 32767], // _SC_RE_DUP_MAX
  [46, POSIX_2008], // _SC_2_VERSION
  [60, 1024], // _SC_IOV_MAX
  [67, POSIX_2008], // _SC_THREADS
  [68, POSIX_2008], // _SC_THREAD_SAFE_FUNCTIONS
  [69, 1024], // _SC_GETGR_R_SIZE_MAX
  [70, 1024], // _SC_GETPW_R_SIZE_MAX
  [71, 256], // _SC_LOGIN_NAME_MAX
  [72, 32], // _SC_TTY_NAME_MAX
  [74, 1024], // _SC_THREAD_KEYS_MAX
  [75, 16384], // _SC_THREAD_STACK_MIN
  [76, -1], // _SC_THREAD_THREADS_MAX
  [83, 1], // _SC_NPROCESSORS_CONF: the abstract machine runs one thread at a time
  [84, 1], // _SC_NPROCESSORS_ONLN
  [85, (m) => Math.floor(m.config.maxMemory / PAGE_SIZE)], // _SC_PHYS_PAGES: the memory limit
  [86, (m) => Math.floor(Math.max(0, m.config.maxMemory - m.mem.liveBytes) / PAGE_SIZE)], // _SC_AVPHYS_PAGES
  [87, INT_MAX], // _SC_ATEXIT_MAX
  [89, 700], // _SC_XOPEN_VERSION
  [133, POSIX_2008], // _SC_BARRIERS
  [137, POSIX_2008], // _SC_CLOCK_SELECTION
  [149, POSIX_2008], // _SC_MONOTONIC_CLOCK
  [153, POSIX_2008], // _SC_READER_WRITER_LOCKS
  [154, POSIX_2008], // _SC_SPIN_LOCKS
  [164, POSIX_2008], // _SC_TIMEOUTS
  [173, -1], // _SC_SYMLOOP_MAX
  [180, 64], // _SC_HOST_NAME_MAX
  [190, 64], // _SC_LEVEL1_DCACHE_LINESIZE
]);

/** POSIX sysconf. */
export function sysconf(m: ShimMachine, args: ShimValue[]): number {
  const value = VALUES.get(asInt(args[0]!));
  if (value === undefined) {
    m.setErrno(EINVAL);
    return -1;
  }
  return typeof value === 'number' ? value : value(m);
}

export const sysconfShims: readonly ShimDef[] = [
  { name: 'sysconf', params: ['i32'], ret: 'i64', handler: sysconf },
];
