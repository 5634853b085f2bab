import { describe, expect, it } from 'vitest';
import { FakeMachine } from '../fake-machine.js';

const _SC_OPEN_MAX = 4;
const _SC_CLK_TCK = 2;
const _SC_TZNAME_MAX = 6;
const _SC_PAGESIZE = 30;
const _SC_NPROCESSORS_ONLN = 84;
const _SC_PHYS_PAGES = 85;
const _SC_AVPHYS_PAGES = 86;
const _SC_MONOTONIC_CLOCK = 149;

describe('sysconf', () => {
  it('gives glibc constants for the page size, clock ticks and supported options', () => {
    const m = new FakeMachine();
    expect(m.call('sysconf', [_SC_PAGESIZE])).toBe(4096);
    expect(m.call('sysconf', [_SC_CLK_TCK])).toBe(100);
    expect(m.call('sysconf', [_SC_MONOTONIC_CLOCK])).toBe(200809);
  });

  it('describes the abstract machine, not the host: one CPU, the fd table size, the memory limit', () => {
    const m = new FakeMachine({ maxMemory: 1 << 24 });
    expect(m.call('sysconf', [_SC_NPROCESSORS_ONLN])).toBe(1);
    expect(m.call('sysconf', [_SC_OPEN_MAX])).toBe(1024);
    expect(m.call('sysconf', [_SC_PHYS_PAGES])).toBe(4096);
    const before = m.call('sysconf', [_SC_AVPHYS_PAGES]) as number;
    m.callPtr('malloc', [8 * 4096]);
    expect(m.call('sysconf', [_SC_AVPHYS_PAGES])).toBe(before - 8);
  });

  it('returns -1 and leaves errno alone for an indeterminate limit', () => {
    const m = new FakeMachine();
    m.setErrno(0);
    expect(m.call('sysconf', [_SC_TZNAME_MAX])).toBe(-1);
    expect(m.errno).toBe(0);
  });

  it('fails with EINVAL for a name glibc does not know', () => {
    const m = new FakeMachine();
    for (const name of [12345, -1, 100000]) {
      m.setErrno(0);
      expect(m.call('sysconf', [name])).toBe(-1);
      expect(m.errno).toBe(22);
    }
  });
});
