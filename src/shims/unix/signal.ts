/**
 * Signal dispositions, masks and synchronous signals: signal, sigaction,
 * sigemptyset & co, sigprocmask/pthread_sigmask, sigpending, raise, kill on
 * the program itself (POSIX signal.h, sigaction, sigprocmask, raise, kill;
 * default actions from Linux signal(7)).
 *
 * What ciri models: a signal the program raises itself (raise, kill(getpid()),
 * SIGPIPE from a write to a closed pipe or socket) takes its disposition: the
 * default action ends the run as Linux does (`signal` outcome), SIG_IGN
 * discards it, a blocked signal stays pending until it is unblocked.
 *
 * Deliberately not here: running a handler function. Installing one is fine
 * (it is remembered and reported back by sigaction), but delivering a signal
 * to it is an `unsupported` stop until ciri can run signal handlers. Signals
 * from outside (timers, other processes) never arrive: there are none.
 *
 * Invariant: SIGKILL and SIGSTOP keep their default action and are never
 * blocked, as the kernel guarantees.
 */
import type { ShimDef, ShimMachine, ShimValue } from '../shim.js';
import { asInt, asPtr } from '../shim.js';
import type { Ptr } from '../../memory/pointer.js';
import { familyState, offset } from '../access.js';
import { block } from '../../concurrency/blocking.js';
import { programPid } from './process.js';
import { EINVAL, ESRCH } from '../errno.js';

export const SIGKILL = 9;
export const SIGPIPE = 13;
export const SIGSTOP = 19;
/** glibc's NSIG: signals are 1..64. */
const NSIG = 65;
/** Signals glibc keeps for itself (SIGCANCEL, SIGSETXID): sigaction and sigaddset refuse them. */
const GLIBC_INTERNAL = new Set([32, 33]);

const SIG_DFL = 0;
const SIG_IGN = 1;
/** SIG_ERR is `(void (*)(int))-1`, whose address the machine represents as 2^64 - 1. */
const SIG_ERR: Ptr = { addr: -1, prov: 0 };

const SIGSET_SIZE = 128;
const SIGACTION_SIZE = 152;
const SA_MASK_OFFSET = 8;
const SA_FLAGS_OFFSET = 136;
const SA_RESTORER_OFFSET = 144;

const NAMES: readonly string[] = [
  '', 'SIGHUP', 'SIGINT', 'SIGQUIT', 'SIGILL', 'SIGTRAP', 'SIGABRT', 'SIGBUS', 'SIGFPE', 'SIGKILL', 'SIGUSR1',
  'SIGSEGV', 'SIGUSR2', 'SIGPIPE', 'SIGALRM', 'SIGTERM', 'SIGSTKFLT', 'SIGCHLD', 'SIGCONT', 'SIGSTOP', 'SIGTSTP',
  'SIGTTIN', 'SIGTTOU', 'SIGURG', 'SIGXCPU', 'SIGXFSZ', 'SIGVTALRM', 'SIGPROF', 'SIGWINCH', 'SIGIO', 'SIGPWR', 'SIGSYS',
];

/** The name Linux's headers give signal `sig` (SIGRTMIN+n for the real-time ones glibc exposes from 34). */
export function signalName(sig: number): string {
  return NAMES[sig] ?? `SIGRTMIN+${sig - 34}`;
}

/** signal(7) "Ign": the default action of these is to do nothing. SIGCONT continues, which is nothing here. */
const DEFAULT_IGNORED = new Set([17, 18, 23, 28]);
/** signal(7) "Stop". */
const DEFAULT_STOPS = new Set([19, 20, 21, 22]);

interface Disposition {
  /** SIG_DFL (address 0), SIG_IGN (1) or the handler function. */
  readonly handler: Ptr;
  readonly flags: number;
  /** sa_mask's 128 bytes as the program gave them. */
  readonly mask: Uint8Array;
}

interface SignalState {
  readonly dispositions: Map<number, Disposition>;
  /** The thread's signal mask, bit sig-1 per signal. */
  blocked: bigint;
  /** Raised while blocked, delivered when unblocked (standard signals are not queued). */
  pending: bigint;
}

function state(m: ShimMachine): SignalState {
  return familyState(m, 'signal', () => ({ dispositions: new Map(), blocked: 0n, pending: 0n }));
}

const bit = (sig: number): bigint => 1n << BigInt(sig - 1);
const validSignal = (sig: number): boolean => Number.isInteger(sig) && sig >= 1 && sig < NSIG;

/** Whether a SIGPIPE would be discarded: ignored or blocked (then it stays pending, as Linux does). */
export function sigpipeHarmless(m: ShimMachine): boolean {
  const s = state(m);
  return (s.blocked & bit(SIGPIPE)) !== 0n || s.dispositions.get(SIGPIPE)?.handler.addr === SIG_IGN;
}

/**
 * Sends signal `sig` to the program itself (raise, kill(getpid()), SIGPIPE
 * from a write): pending while blocked, else its disposition acts.
 */
export function deliver(m: ShimMachine, sig: number): void {
  const s = state(m);
  if ((s.blocked & bit(sig)) !== 0n && sig !== SIGKILL && sig !== SIGSTOP) {
    s.pending |= bit(sig);
    return;
  }
  act(m, sig);
}

/** The disposition of `sig` acts now. */
function act(m: ShimMachine, sig: number): void {
  const handler = state(m).dispositions.get(sig)?.handler.addr ?? SIG_DFL;
  if (handler === SIG_IGN) return;
  if (handler === SIG_DFL) return defaultAction(m, sig);
  m.unsupported(`delivering ${signalName(sig)} to the handler the program installed: ciri does not run signal handlers yet`);
}

/** Linux signal(7)'s default actions: ignore, stop, or terminate (with or without a core dump). */
function defaultAction(m: ShimMachine, sig: number): void {
  if (DEFAULT_IGNORED.has(sig)) return;
  if (DEFAULT_STOPS.has(sig)) m.unsupported(`stopping the process with ${signalName(sig)}`);
  m.signal(sig, signalName(sig));
}

/** Delivers the pending signals that are no longer blocked, lowest number first (as Linux does). */
function deliverUnblocked(m: ShimMachine): void {
  const s = state(m);
  for (let sig = 1; sig < NSIG; sig++) {
    if ((s.pending & bit(sig)) !== 0n && (s.blocked & bit(sig)) === 0n) {
      s.pending &= ~bit(sig);
      act(m, sig);
    }
  }
}

function failWith(m: ShimMachine, errno: number): number {
  m.setErrno(errno);
  return -1;
}

/** A disposition may be changed for 1..64 except glibc's own and the kernel-only SIGKILL/SIGSTOP. */
function changeable(sig: number): boolean {
  return validSignal(sig) && !GLIBC_INTERNAL.has(sig) && sig !== SIGKILL && sig !== SIGSTOP;
}

/** C17 7.14.1.1 / POSIX signal: glibc gives it BSD semantics (the handler stays installed). */
export function signal(m: ShimMachine, args: ShimValue[]): Ptr {
  const sig = asInt(args[0]!);
  const handler = asPtr(args[1]!);
  if (!changeable(sig)) {
    m.setErrno(EINVAL);
    return SIG_ERR;
  }
  const s = state(m);
  const old = s.dispositions.get(sig)?.handler ?? { addr: SIG_DFL, prov: 0 };
  setDisposition(s, sig, { handler, flags: 0x10000000 /* SA_RESTART */, mask: new Uint8Array(SIGSET_SIZE) });
  return old;
}

/** POSIX sigaction: `oldact` is written before `act` takes effect, so both may be the same struct. */
export function sigaction(m: ShimMachine, args: ShimValue[]): number {
  const sig = asInt(args[0]!);
  const act = asPtr(args[1]!);
  const oldact = asPtr(args[2]!);
  let next: Disposition | undefined;
  if (act.addr !== 0) {
    // The handler, mask and flags must be set; the padding after sa_flags and sa_restorer (glibc's own) need not.
    m.mem.checkRange(act, SIGACTION_SIZE, 'read');
    next = {
      handler: m.mem.loadPtr(act),
      mask: m.mem.readBytes(offset(act, SA_MASK_OFFSET), SIGSET_SIZE, true),
      flags: Number(m.mem.loadScalar(offset(act, SA_FLAGS_OFFSET), 'i32')),
    };
  }
  if (oldact.addr !== 0) m.mem.checkRange(oldact, SIGACTION_SIZE, 'write');
  if (!validSignal(sig) || GLIBC_INTERNAL.has(sig) || (next && !changeable(sig))) return failWith(m, EINVAL);
  const s = state(m);
  if (oldact.addr !== 0) writeSigaction(m, oldact, s.dispositions.get(sig));
  if (next) setDisposition(s, sig, next);
  return 0;
}

/** POSIX 2.4.1: setting SIG_IGN (or a default action of ignoring) discards a pending signal. */
function setDisposition(s: SignalState, sig: number, d: Disposition): void {
  s.dispositions.set(sig, d);
  if (d.handler.addr === SIG_IGN || (d.handler.addr === SIG_DFL && DEFAULT_IGNORED.has(sig))) s.pending &= ~bit(sig);
}

function writeSigaction(m: ShimMachine, p: Ptr, d: Disposition | undefined): void {
  m.mem.storePtr(p, d?.handler ?? { addr: SIG_DFL, prov: 0 });
  m.mem.writeBytes(offset(p, SA_MASK_OFFSET), d?.mask ?? new Uint8Array(SIGSET_SIZE));
  m.mem.storeScalar(offset(p, SA_FLAGS_OFFSET), 'i32', d?.flags ?? 0);
  m.mem.storeScalar(offset(p, SA_FLAGS_OFFSET + 4), 'i32', 0);
  m.mem.storePtr(offset(p, SA_RESTORER_OFFSET), { addr: 0, prov: 0 });
}

// ---- sigset_t: 128 bytes, signal `sig` is bit (sig-1) of the first unsigned long.

/** The mask word of the set at p (must be initialized: sigemptyset first). */
function loadSet(m: ShimMachine, p: Ptr): bigint {
  return BigInt.asUintN(64, BigInt(m.mem.loadScalar(p, 'u64')));
}

function storeSet(m: ShimMachine, p: Ptr, set: bigint): void {
  m.mem.storeScalar(p, 'u64', BigInt.asUintN(64, set));
}

export function sigemptyset(m: ShimMachine, args: ShimValue[]): number {
  const set = asPtr(args[0]!);
  m.mem.checkRange(set, SIGSET_SIZE, 'write');
  m.mem.writeBytes(set, new Uint8Array(SIGSET_SIZE));
  return 0;
}

/** glibc fills every bit except its two internal signals. */
export function sigfillset(m: ShimMachine, args: ShimValue[]): number {
  const set = asPtr(args[0]!);
  m.mem.checkRange(set, SIGSET_SIZE, 'write');
  m.mem.writeBytes(set, new Uint8Array(SIGSET_SIZE).fill(0xff));
  storeSet(m, set, ~(bit(32) | bit(33)));
  return 0;
}

function editSet(m: ShimMachine, args: ShimValue[], add: boolean): number {
  const set = asPtr(args[0]!);
  const sig = asInt(args[1]!);
  m.mem.checkRange(set, 8, 'write');
  if (!validSignal(sig) || GLIBC_INTERNAL.has(sig)) return failWith(m, EINVAL);
  const word = loadSet(m, set);
  storeSet(m, set, add ? word | bit(sig) : word & ~bit(sig));
  return 0;
}

export function sigismember(m: ShimMachine, args: ShimValue[]): number {
  const set = asPtr(args[0]!);
  const sig = asInt(args[1]!);
  m.mem.checkRange(set, 8, 'read');
  if (!validSignal(sig)) return failWith(m, EINVAL);
  return (loadSet(m, set) & bit(sig)) !== 0n ? 1 : 0;
}

const SIG_BLOCK = 0;
const SIG_UNBLOCK = 1;
const SIG_SETMASK = 2;
const UNBLOCKABLE = bit(SIGKILL) | bit(SIGSTOP);

/** POSIX sigprocmask; the errno, or 0 (pthread_sigmask returns it, sigprocmask sets errno). */
function changeMask(m: ShimMachine, how: number, set: Ptr, oldset: Ptr): number {
  const change = set.addr !== 0 ? loadSet(m, set) : undefined;
  if (oldset.addr !== 0) m.mem.checkRange(oldset, SIGSET_SIZE, 'write');
  if (change !== undefined && how !== SIG_BLOCK && how !== SIG_UNBLOCK && how !== SIG_SETMASK) return EINVAL;
  const s = state(m);
  if (oldset.addr !== 0) {
    m.mem.writeBytes(oldset, new Uint8Array(SIGSET_SIZE));
    storeSet(m, oldset, s.blocked);
  }
  if (change === undefined) return 0;
  if (how === SIG_BLOCK) s.blocked |= change;
  else if (how === SIG_UNBLOCK) s.blocked &= ~change;
  else s.blocked = change;
  s.blocked &= ~(UNBLOCKABLE | bit(32) | bit(33));
  deliverUnblocked(m);
  return 0;
}

export function sigprocmask(m: ShimMachine, args: ShimValue[]): number {
  const err = changeMask(m, asInt(args[0]!), asPtr(args[1]!), asPtr(args[2]!));
  return err === 0 ? 0 : failWith(m, err);
}

export function pthread_sigmask(m: ShimMachine, args: ShimValue[]): number {
  return changeMask(m, asInt(args[0]!), asPtr(args[1]!), asPtr(args[2]!));
}

export function sigpending(m: ShimMachine, args: ShimValue[]): number {
  const set = asPtr(args[0]!);
  m.mem.checkRange(set, SIGSET_SIZE, 'write');
  m.mem.writeBytes(set, new Uint8Array(SIGSET_SIZE));
  storeSet(m, set, state(m).pending);
  return 0;
}

/** C17 7.14.2.1: raise returns 0 after the signal was handled (or ignored). */
export function raise(m: ShimMachine, args: ShimValue[]): number {
  const sig = asInt(args[0]!);
  if (!validSignal(sig)) return failWith(m, EINVAL);
  deliver(m, sig);
  return 0;
}


/**
 * POSIX kill: the program may signal itself (its pid, 0 for its process
 * group, -1 for every process it may signal: only itself here); signal 0
 * checks that the target exists. Other pids name no process: ESRCH.
 */
export function kill(m: ShimMachine, args: ShimValue[]): number {
  const pid = asInt(args[0]!);
  const sig = asInt(args[1]!);
  if (sig !== 0 && !validSignal(sig)) return failWith(m, EINVAL);
  const self = pid === 0 || pid === -1 || pid === programPid(m);
  if (!self) return failWith(m, ESRCH);
  if (sig !== 0) deliver(m, sig);
  return 0;
}

/** POSIX pause: waits for a signal, and none can arrive from outside the program. */
export function pause(m: ShimMachine): number {
  for (;;) block(m, 'pause waits for a signal, and nothing can send one');
}

/**
 * POSIX sigwait: takes a pending signal of `set` (lowest first) without its
 * action; with none pending it waits, for ever here.
 */
export function sigwait(m: ShimMachine, args: ShimValue[]): number {
  const set = loadSet(m, asPtr(args[0]!));
  const out = asPtr(args[1]!);
  m.mem.checkRange(out, 4, 'write');
  const s = state(m);
  for (;;) {
    for (let sig = 1; sig < NSIG; sig++) {
      if ((s.pending & set & bit(sig)) !== 0n) {
        s.pending &= ~bit(sig);
        m.mem.storeScalar(out, 'i32', sig);
        return 0;
      }
    }
    block(m, 'sigwait waits for a signal of its set, and none is pending');
  }
}

/** glibc's SIGRTMIN and SIGRTMAX: 34 and 64 (32 and 33 are its own). */
const sigrtmin = (): number => 34;
const sigrtmax = (): number => 64;

export const signalShims: readonly ShimDef[] = [
  { name: 'signal', params: ['i32', 'ptr'], ret: 'ptr', handler: signal },
  { name: 'sigaction', params: ['i32', 'ptr', 'ptr'], ret: 'i32', handler: sigaction },
  { name: 'sigemptyset', params: ['ptr'], ret: 'i32', handler: sigemptyset },
  { name: 'sigfillset', params: ['ptr'], ret: 'i32', handler: sigfillset },
  { name: 'sigaddset', params: ['ptr', 'i32'], ret: 'i32', handler: (m, a) => editSet(m, a, true) },
  { name: 'sigdelset', params: ['ptr', 'i32'], ret: 'i32', handler: (m, a) => editSet(m, a, false) },
  { name: 'sigismember', params: ['ptr', 'i32'], ret: 'i32', handler: sigismember },
  { name: 'sigprocmask', params: ['i32', 'ptr', 'ptr'], ret: 'i32', handler: sigprocmask },
  { name: 'pthread_sigmask', params: ['i32', 'ptr', 'ptr'], ret: 'i32', handler: pthread_sigmask },
  { name: 'sigpending', params: ['ptr'], ret: 'i32', handler: sigpending },
  { name: 'raise', params: ['i32'], ret: 'i32', handler: raise },
  { name: 'kill', params: ['i32', 'i32'], ret: 'i32', handler: kill },
  { name: 'pause', params: [], ret: 'i32', handler: pause },
  { name: 'sigwait', params: ['ptr', 'ptr'], ret: 'i32', handler: sigwait },
  { name: '__libc_current_sigrtmin', params: [], ret: 'i32', handler: sigrtmin },
  { name: '__libc_current_sigrtmax', params: [], ret: 'i32', handler: sigrtmax },
];
