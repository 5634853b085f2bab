import { describe, expect, it } from 'vitest';
import { Aborted, FakeMachine } from '../fake-machine.js';

describe('__assert_fail', () => {
  it('prints glibc\'s message with the program name on stderr and aborts', () => {
    const m = new FakeMachine({ files: ['src/demo/prog.c', 'other.c'] });
    let stop: unknown;
    try {
      m.call('__assert_fail', [m.cstr('x == 1'), m.cstr('prog.c'), 12, m.cstr('main')]);
    } catch (e) {
      stop = e;
    }
    expect(stop).toBeInstanceOf(Aborted);
    expect((stop as Aborted).reason).toBe("prog: prog.c:12: main: Assertion `x == 1' failed.");
    expect(m.stderr()).toBe("prog: prog.c:12: main: Assertion `x == 1' failed.\n");
  });
});
