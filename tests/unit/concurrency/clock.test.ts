import { describe, expect, it } from 'vitest';
import { FakeMachine } from '../shims/fake-machine.js';
import { NS_PER_MS, virtualClock } from '../../../src/concurrency/clock.js';

describe('the virtual clock', () => {
  it('starts at 0 and moves only when time is let pass', () => {
    const m = new FakeMachine();
    expect(virtualClock(m).now()).toBe(0n);
    virtualClock(m).advance(1500n * NS_PER_MS);
    virtualClock(m).advance(2);
    expect(virtualClock(m).now()).toBe(1_500_000_002n);
  });

  it('never goes backwards', () => {
    const m = new FakeMachine();
    virtualClock(m).advance(10);
    virtualClock(m).advance(-5);
    expect(virtualClock(m).now()).toBe(10n);
  });

  it('adds up long waits exactly', () => {
    const m = new FakeMachine();
    for (let i = 0; i < 3; i++) virtualClock(m).advance(2n ** 62n);
    expect(virtualClock(m).now()).toBe(3n * 2n ** 62n);
  });

  it('is one clock per run', () => {
    const a = new FakeMachine();
    const b = new FakeMachine();
    virtualClock(a).advance(7);
    expect(virtualClock(a).now()).toBe(7n);
    expect(virtualClock(b).now()).toBe(0n);
  });
});
