import { describe, expect, it } from 'vitest';
import { Aborted, Deadlocked, FakeMachine, NULL, ubOf, Unsupported } from '../fake-machine.js';
import type { Ptr } from '../../../../src/memory/pointer.js';
import { signalName } from '../../../../src/shims/unix/signal.js';
import { withErrno } from './unnamed-socket-helpers.js';

const SIG_DFL: Ptr = { addr: 0, prov: 0 };
const SIG_IGN: Ptr = { addr: 1, prov: 0 };
const SIGUSR1 = 10, SIGPIPE = 13, SIGTERM = 15, SIGCHLD = 17, SIGKILL = 9;
const SIG_BLOCK = 0, SIG_UNBLOCK = 1;
const EINVAL = 22, ESRCH = 3;

function sigset(m: FakeMachine, sigs: number[]): Ptr {
  const set = m.buffer(128);
  m.call('sigemptyset', [set]);
  for (const s of sigs) m.call('sigaddset', [set, s]);
  return set;
}

describe('dispositions', () => {
  it('terminates the program on the default action of raise, as Linux does', () => {
    const m = new FakeMachine();
    expect(() => m.call('raise', [SIGTERM])).toThrow(/SIGTERM \(15\)/);
  });

  it('ignores a signal set to SIG_IGN and one whose default action is to ignore', () => {
    const m = new FakeMachine();
    expect(m.call('signal', [SIGUSR1, SIG_IGN])).toEqual(SIG_DFL);
    expect(m.call('raise', [SIGUSR1])).toBe(0);
    expect(m.call('raise', [SIGCHLD])).toBe(0);
    expect(m.call('signal', [SIGUSR1, SIG_DFL])).toEqual(SIG_IGN);
    expect(() => m.call('raise', [SIGUSR1])).toThrow(Aborted);
  });

  it('stops as unsupported when a signal would reach a handler function', () => {
    const m = new FakeMachine();
    const handler = { addr: 0x1000, prov: 0 };
    m.call('signal', [SIGUSR1, handler]);
    expect(() => m.call('raise', [SIGUSR1])).toThrow(Unsupported);
    expect(() => m.call('raise', [SIGUSR1])).toThrow(/SIGUSR1 to the handler/);
  });

  it('refuses to change SIGKILL, glibc\'s internal signals and out-of-range ones', () => {
    const m = new FakeMachine();
    expect(m.call('signal', [SIGKILL, SIG_IGN])).toEqual({ addr: -1, prov: 0 });
    expect(m.errno).toBe(EINVAL);
    const act = m.buffer(152, 'stack', new Uint8Array(152));
    expect(withErrno(m, () => m.call('sigaction', [32, act, NULL]))).toEqual([-1, EINVAL]);
    expect(withErrno(m, () => m.call('sigaction', [65, NULL, NULL]))).toEqual([-1, EINVAL]);
    expect(m.call('sigaction', [SIGKILL, NULL, m.buffer(152)])).toBe(0);
  });

  it('returns the previous action through oldact, flags included', () => {
    const m = new FakeMachine();
    const act = m.buffer(152, 'stack', new Uint8Array(152));
    m.mem.storePtr(act, SIG_IGN);
    m.mem.storeScalar({ addr: act.addr + 136, prov: act.prov }, 'i32', 0x10000000);
    const old = m.buffer(152);
    expect(m.call('sigaction', [SIGPIPE, act, old])).toBe(0);
    expect(m.mem.loadPtr(old)).toEqual(SIG_DFL);
    expect(m.call('sigaction', [SIGPIPE, NULL, old])).toBe(0);
    expect(m.mem.loadPtr(old)).toEqual(SIG_IGN);
    expect(m.mem.loadScalar({ addr: old.addr + 136, prov: old.prov }, 'i32')).toBe(0x10000000);
  });

  it('accepts a sigaction whose padding and sa_restorer were never written', () => {
    const m = new FakeMachine();
    const act = m.buffer(152);
    m.mem.storePtr(act, SIG_IGN);
    m.call('sigemptyset', [{ addr: act.addr + 8, prov: act.prov }]);
    m.mem.storeScalar({ addr: act.addr + 136, prov: act.prov }, 'i32', 0);
    expect(m.call('sigaction', [SIGPIPE, act, NULL])).toBe(0);
  });

  it('reports sigaction reading an uninitialized struct', () => {
    const m = new FakeMachine();
    expect(ubOf(() => m.call('sigaction', [SIGPIPE, m.buffer(152), NULL]))).toMatchObject({ kind: 'uninitialized-read' });
  });
});

describe('signal sets and masks', () => {
  it('adds, removes and tests members, and rejects invalid signal numbers', () => {
    const m = new FakeMachine();
    const set = sigset(m, [SIGPIPE, 64]);
    expect(m.call('sigismember', [set, SIGPIPE])).toBe(1);
    expect(m.call('sigismember', [set, 64])).toBe(1);
    expect(m.call('sigismember', [set, SIGUSR1])).toBe(0);
    m.call('sigdelset', [set, SIGPIPE]);
    expect(m.call('sigismember', [set, SIGPIPE])).toBe(0);
    expect(withErrno(m, () => m.call('sigaddset', [set, 0]))).toEqual([-1, EINVAL]);
    expect(withErrno(m, () => m.call('sigaddset', [set, 33]))).toEqual([-1, EINVAL]);
  });

  it('fills every signal but glibc\'s two internal ones', () => {
    const m = new FakeMachine();
    const set = m.buffer(128);
    m.call('sigfillset', [set]);
    expect([m.call('sigismember', [set, 1]), m.call('sigismember', [set, 32]), m.call('sigismember', [set, 34])]).toEqual([1, 0, 1]);
  });

  it('reports sigaddset on a set that was never emptied', () => {
    const m = new FakeMachine();
    expect(ubOf(() => m.call('sigaddset', [m.buffer(128), SIGPIPE]))).toMatchObject({ kind: 'uninitialized-read' });
  });

  it('keeps a blocked signal pending and acts on it when it is unblocked', () => {
    const m = new FakeMachine();
    const set = sigset(m, [SIGUSR1]);
    expect(m.call('sigprocmask', [SIG_BLOCK, set, NULL])).toBe(0);
    expect(m.call('raise', [SIGUSR1])).toBe(0);
    const pending = m.buffer(128);
    m.call('sigpending', [pending]);
    expect(m.call('sigismember', [pending, SIGUSR1])).toBe(1);
    expect(() => m.call('sigprocmask', [SIG_UNBLOCK, set, NULL])).toThrow(/SIGUSR1/);
  });

  it('discards a pending signal when it is set to SIG_IGN', () => {
    const m = new FakeMachine();
    const set = sigset(m, [SIGUSR1]);
    m.call('pthread_sigmask', [SIG_BLOCK, set, NULL]);
    m.call('raise', [SIGUSR1]);
    m.call('signal', [SIGUSR1, SIG_IGN]);
    expect(m.call('pthread_sigmask', [SIG_UNBLOCK, set, NULL])).toBe(0);
    expect(m.call('pthread_sigmask', [7, set, NULL])).toBe(EINVAL);
  });

  it('never blocks SIGKILL', () => {
    const m = new FakeMachine();
    m.call('sigprocmask', [SIG_BLOCK, sigset(m, [SIGKILL]), NULL]);
    const old = m.buffer(128);
    m.call('sigprocmask', [SIG_BLOCK, NULL, old]);
    expect(m.call('sigismember', [old, SIGKILL])).toBe(0);
  });
});

describe('waiting for signals', () => {
  it('takes a pending blocked signal with sigwait and waits for ever when none is pending', () => {
    const m = new FakeMachine();
    const set = sigset(m, [SIGUSR1, SIGTERM]);
    m.call('sigprocmask', [SIG_BLOCK, set, NULL]);
    m.call('raise', [SIGTERM]);
    const sig = m.buffer(4);
    expect(m.call('sigwait', [set, sig])).toBe(0);
    expect(m.mem.loadScalar(sig, 'i32')).toBe(SIGTERM);
    expect(() => m.call('sigwait', [set, sig])).toThrow(Deadlocked);
  });

  it('deadlocks pause, since no signal can arrive', () => {
    const m = new FakeMachine();
    expect(() => m.call('pause')).toThrow(/pause waits for a signal/);
  });

  it('gives glibc\'s real-time signal range', () => {
    const m = new FakeMachine();
    expect([m.call('__libc_current_sigrtmin'), m.call('__libc_current_sigrtmax')]).toEqual([34, 64]);
  });
});

describe('kill', () => {
  it('signals the program itself through pid 0 and checks existence with signal 0', () => {
    const m = new FakeMachine();
    expect(m.call('kill', [0, 0])).toBe(0);
    expect(() => m.call('kill', [0, SIGTERM])).toThrow(/SIGTERM/);
  });

  it('signals the program through its own pid', () => {
    const m = new FakeMachine();
    const pid = Number(m.call('getpid'));
    expect(m.call('kill', [pid, 0])).toBe(0);
    expect(() => m.call('kill', [pid, SIGTERM])).toThrow(/SIGTERM/);
  });

  it('finds no other process', () => {
    const m = new FakeMachine();
    expect(withErrno(m, () => m.call('kill', [123456, SIGTERM]))).toEqual([-1, ESRCH]);
  });

  it('names signals as Linux headers do', () => {
    expect([signalName(13), signalName(31), signalName(34), signalName(64)]).toEqual(['SIGPIPE', 'SIGSYS', 'SIGRTMIN+0', 'SIGRTMIN+30']);
  });
});
