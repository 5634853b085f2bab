import { describe, expect, it } from 'vitest';
import type { Ptr } from '../../../../src/memory/pointer.js';
import { FakeMachine, NULL, ubOf } from '../fake-machine.js';

/** Calls strtoX(s, &end, base) and returns [value, end offset or -1 when not stored, errno]. */
function strto(name: string, s: string, base?: number): [number | bigint | undefined, number, number] {
  const m = new FakeMachine();
  const str = m.cstr(s);
  const slot = m.buffer(8);
  m.mem.storePtr(slot, NULL);
  const args = base === undefined ? [str, slot] : [str, slot, base];
  const v = m.call(name, args) as number | bigint;
  const end = m.mem.loadPtr(slot) as Ptr;
  return [v, end.addr === 0 ? -1 : end.addr - str.addr, m.errno];
}

// [input, base, value, end, errno] as printed by glibc 2.36 (end -1: endptr not stored).
const STRTOL: [string, number, number | bigint, number, number][] = [
  ['  42xyz', 10, 42, 4, 0],
  ['-0x1A', 0, -26, 5, 0],
  ['0x', 0, 0, 1, 0],
  ['0x', 16, 0, 1, 0],
  ['0xg', 16, 0, 1, 0],
  ['010', 0, 8, 3, 0],
  ['08', 0, 0, 1, 0],
  ['  +', 10, 0, 0, 0],
  ['', 10, 0, 0, 0],
  ['zz', 36, 1295, 2, 0],
  ['9223372036854775807', 10, 9223372036854775807n, 19, 0],
  ['9223372036854775808', 10, 9223372036854775807n, 19, 34],
  ['-9223372036854775808', 10, -9223372036854775808n, 20, 0],
  ['-9223372036854775809', 10, -9223372036854775808n, 20, 34],
  ['  \t\n-12', 10, -12, 7, 0],
  ['0x10', 10, 0, 1, 0],
  ['1010', 2, 10, 4, 0],
  ['12', 1, 0, -1, 22],
  ['12', 37, 0, -1, 22],
  ['-', 10, 0, 0, 0],
  ['0X7f', 16, 127, 4, 0],
  ['77777777777777777777777', 8, 9223372036854775807n, 23, 34],
];

const STRTOUL: [string, number, number | bigint, number, number][] = [
  ['-1', 10, 18446744073709551615n, 2, 0],
  ['18446744073709551615', 10, 18446744073709551615n, 20, 0],
  ['18446744073709551616', 10, 18446744073709551615n, 20, 34],
  ['-18446744073709551615', 10, 1, 21, 0],
  ['-18446744073709551616', 10, 18446744073709551615n, 21, 34],
  ['  0xffffffffffffffff', 0, 18446744073709551615n, 20, 0],
];

// [input, value, end, errno] from glibc 2.36 (values written as hex floats there).
const STRTOD: [string, number, number, number][] = [
  ['3.14abc', 3.14, 4, 0],
  ['  -1e-3', -1e-3, 7, 0],
  ['1e', 1, 1, 0],
  ['1e+', 1, 1, 0],
  ['.5', 0.5, 2, 0],
  ['5.', 5, 2, 0],
  ['.', 0, 0, 0],
  ['-.e5', 0, 0, 0],
  ['inf', Infinity, 3, 0],
  ['-Infinity!', -Infinity, 9, 0],
  ['infin', Infinity, 3, 0],
  ['nan', NaN, 3, 0],
  ['nan(123)x', NaN, 8, 0],
  ['nan(12', NaN, 3, 0],
  ['0x1.8p1', 3, 7, 0],
  ['0x', 0, 1, 0],
  ['0x.8', 0.5, 4, 0],
  ['0x1p-1074', 5e-324, 9, 0],
  ['0x1p-1075', 0, 9, 34],
  ['0x1.8p-1074', 1e-323, 11, 34],
  ['1e400', Infinity, 5, 34],
  ['1e-400', 0, 6, 34],
  ['0x1.fffffffffffff8p1023', Infinity, 23, 34],
  ['0x1.00000000000008p0', 1, 20, 0],
  ['0x1.00000000000018p0', 1 + 2 * 2 ** -52, 20, 0],
  ['2.2250738585072011e-308', 2.225073858507201e-308, 23, 34],
  ['  +0x10', 16, 7, 0],
];

describe('strtol and strtoul', () => {
  it.each(STRTOL)('strtol(%j, base %d) is %d, ends at %d, errno %d as glibc', (s, base, value, end, errno) => {
    expect(strto('strtol', s, base)).toEqual([value, end, errno]);
  });

  it.each(STRTOUL)('strtoul(%j, base %d) is %d, ends at %d, errno %d as glibc', (s, base, value, end, errno) => {
    expect(strto('strtoul', s, base)).toEqual([value, end, errno]);
  });

  it('checks the endptr slot before converting', () => {
    const m = new FakeMachine();
    const small = m.buffer(4);
    expect(ubOf(() => m.call('strtol', [m.cstr('1'), small, 10]))).toMatchObject({ kind: 'out-of-bounds', access: 'write' });
  });

  it('reports a string without its terminating NUL', () => {
    const m = new FakeMachine();
    const digits = m.buffer(2, 'stack', [0x31, 0x32]);
    expect(ubOf(() => m.call('strtol', [digits, NULL, 10]))).toMatchObject({ kind: 'out-of-bounds', access: 'read' });
  });
});

describe('strtod', () => {
  it.each(STRTOD)('strtod(%j) is %d, ends at %d, errno %d as glibc', (s, value, end, errno) => {
    expect(strto('strtod', s)).toEqual([value, end, errno]);
  });

  it('converts through atof', () => {
    const m = new FakeMachine();
    expect(m.call('atof', [m.cstr(' 2.5e1x')])).toBe(25);
  });
});

describe('atoi, atol, atoll', () => {
  it('converts like strtol with base 10', () => {
    const m = new FakeMachine();
    expect(m.call('atoi', [m.cstr('  -123abc')])).toBe(-123);
    expect(m.call('atoi', [m.cstr('0x10')])).toBe(0);
    expect(m.call('atol', [m.cstr('9007199254740993')])).toBe(9007199254740993n);
  });

  it('reports a value the result type cannot represent (C17 7.22.1p1)', () => {
    const m = new FakeMachine();
    expect(ubOf(() => m.call('atoi', [m.cstr('2147483648')]))).toMatchObject({ kind: 'invalid-argument', fn: 'atoi' });
    expect(ubOf(() => m.call('atoll', [m.cstr('-9223372036854775809')]))).toMatchObject({ kind: 'invalid-argument', fn: 'atoll' });
  });
});
