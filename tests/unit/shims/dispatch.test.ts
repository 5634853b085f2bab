import { describe, expect, it } from 'vitest';
import { lookupShim, shimNames } from '../../../src/shims/dispatch.js';
import { FakeMachine } from './fake-machine.js';

describe('the shim table', () => {
  it('finds shims by C name with their signature', () => {
    expect(lookupShim('printf')).toMatchObject({ name: 'printf', params: ['ptr'], ret: 'i32', variadic: true });
    expect(lookupShim('strlen')).toMatchObject({ params: ['ptr'], ret: 'u64' });
    expect(lookupShim('no_such_function')).toBeUndefined();
  });

  it('lists every name once, sorted', () => {
    const names = shimNames();
    expect(names).toEqual([...new Set(names)].sort());
    for (const n of ['malloc', 'free', 'memcpy', 'strtol', 'sqrt', 'isalpha', '__assert_fail', '__errno_location', 'read', '__ciri_stdstream']) {
      expect(names).toContain(n);
    }
  });

  it('gives errno\'s address through __errno_location', () => {
    const m = new FakeMachine();
    expect(m.call('__errno_location')).toEqual(m.errnoLocation());
  });
});
