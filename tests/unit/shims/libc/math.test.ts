import { describe, expect, it } from 'vitest';
import { FakeMachine, vd } from '../fake-machine.js';

/** [call, arguments, result as glibc's printf("%.17g") shows it, errno] from gcc + glibc 2.36. */
const GLIBC: [string, number[], string, number][] = [
  ['sqrt', [-1], '-nan', 33], ['log', [0], '-inf', 34], ['log', [-1], '-nan', 33], ['pow', [0, -1], 'inf', 34],
  ['pow', [-1, 0.5], '-nan', 33], ['pow', [1, NaN], '1', 0], ['pow', [-1, Infinity], '1', 0], ['exp', [1000], 'inf', 34],
  ['exp', [-1000], '0', 34], ['fmod', [1, 0], '-nan', 33], ['fmod', [Infinity, 1], '-nan', 33], ['acos', [2], 'nan', 33],
  ['asin', [2], 'nan', 33], ['log10', [-1], 'nan', 33], ['log2', [-1], '-nan', 33], ['atanh', [1], 'inf', 34],
  ['round', [-2.5], '-3', 0], ['round', [2.5], '3', 0], ['rint', [2.5], '2', 0], ['rint', [-0.5], '-0', 0],
  ['nearbyint', [3.5], '4', 0], ['floor', [-0.5], '-1', 0], ['ceil', [-0.5], '-0', 0], ['trunc', [-1.7], '-1', 0],
  ['fmod', [-7, 3], '-1', 0], ['hypot', [1e308, 1e308], '1.4142135623730951e+308', 0],
  ['ldexp', [1, -1074], '4.9406564584124654e-324', 0], ['ldexp', [1.5, -1074], '9.8813129168249309e-324', 0],
  ['ldexp', [3, 1023], 'inf', 34], ['cbrt', [-27], '-3', 0], ['copysign', [3, -0], '-3', 0], ['fmax', [NaN, 1], '1', 0],
  ['sin', [Infinity], '-nan', 33], ['log1p', [-1], '-inf', 34], ['cosh', [1000], 'inf', 34], ['sinh', [-1000], '-inf', 34],
];

describe('math functions', () => {
  it.each(GLIBC)('%s(%j) gives %s with errno %d as glibc', (name, args, shown, errno) => {
    const m = new FakeMachine();
    const r = m.call(name, args) as number;
    const buf = m.buffer(64);
    m.call('sprintf', [buf, m.cstr('%.17g')], [vd(r)]);
    expect([m.read(buf), m.errno]).toEqual([shown, errno]);
  });

  it('returns integers from lround and lrint', () => {
    const m = new FakeMachine();
    expect(m.call('lround', [-2.5])).toBe(-3);
    expect(m.call('lrint', [2.5])).toBe(2);
    expect(m.call('llround', [1e300])).toBe(-9223372036854775808n);
  });

  it('stores the exponent of frexp and the integral part of modf through checked pointers', () => {
    const m = new FakeMachine();
    const e = m.buffer(4);
    expect(m.call('frexp', [48, e])).toBe(0.75);
    expect(m.mem.loadScalar(e, 'i32')).toBe(6);
    const ip = m.buffer(8);
    expect(m.call('modf', [-3.75, ip])).toBe(-0.75);
    expect(m.mem.loadScalar(ip, 'f64')).toBe(-3);
    expect(() => m.call('modf', [1.5, m.buffer(4)])).toThrow(/out-of-bounds/);
  });

  it('provides float forms that round their result to float', () => {
    const m = new FakeMachine();
    expect(m.call('sqrtf', [2])).toBe(Math.fround(Math.SQRT2));
  });
});
