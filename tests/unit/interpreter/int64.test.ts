import { describe, expect, it } from 'vitest';
import * as I from '../../../src/interpreter/int64.js';

const report = (_site: number, op: string): never => { throw new Error(`overflow ${op}`); };
const U64_MAX = 0xffffffffffffffffn;

describe('64-bit arithmetic on canonical values', () => {
  it('keeps safe results as numbers and larger ones as bigints', () => {
    expect(I.addI64(2 ** 52, 2 ** 52, 0, report)).toBe(2n ** 53n);
    expect(I.subI64(2n ** 53n, 1, 0, report)).toBe(2 ** 53 - 1);
    expect(I.mulU64(2 ** 32, 2 ** 32)).toBe(0);
  });

  it('reports signed overflow at the 2^63 boundary and not before', () => {
    expect(I.addI64(I.I64_MAX - 1n, 1, 0, report)).toBe(I.I64_MAX);
    expect(() => I.addI64(I.I64_MAX, 1, 0, report)).toThrow('overflow +');
    expect(() => I.mulI64(2n ** 32n, 2n ** 31n, 0, report)).toThrow('overflow *');
    expect(() => I.negI64(I.I64_MIN, 0, report)).toThrow('overflow -');
    expect(() => I.divI64(I.I64_MIN, -1, 0, report)).toThrow('overflow /');
    expect(() => I.remI64(I.I64_MIN, -1, 0, report)).toThrow('overflow %');
  });

  it('wraps unsigned arithmetic modulo 2^64', () => {
    expect(I.subU64(0, 1)).toBe(U64_MAX);
    expect(I.addU64(U64_MAX, 2)).toBe(1);
    expect(I.mulU64(U64_MAX, U64_MAX)).toBe(1);
    expect(I.negU64(1)).toBe(U64_MAX);
  });

  it('truncates division toward zero like C', () => {
    expect(I.divI64(-7, 2, 0, report)).toBe(-3);
    expect(I.remI64(-7, 2, 0, report)).toBe(-1);
    expect(I.divU64(U64_MAX, 2)).toBe(0x7fffffffffffffffn);
    expect(I.remU64(U64_MAX, 10)).toBe(5);
  });

  it('converts between widths and signedness as C17 6.3.1.3 says', () => {
    expect(I.i64ToU64(-1)).toBe(U64_MAX);
    expect(I.u64ToI64(U64_MAX)).toBe(-1);
    expect(I.toI32(2 ** 32 + 5)).toBe(5);
    expect(I.toI32(U64_MAX)).toBe(-1);
    expect(I.toU32(-1)).toBe(0xffffffff);
  });

  it('does bitwise operations and shifts on values past 2^53 exactly', () => {
    expect(I.bitI64('^', U64_MAX, 1, false)).toBe(U64_MAX - 1n);
    expect(I.bitI64('&', -1, 0xff, true)).toBe(0xff);
    expect(I.notI64(0, true)).toBe(-1);
    expect(I.shlI64(1, 63, false, 0, report)).toBe(2n ** 63n);
    expect(() => I.shlI64(1, 63, true, 0, report)).toThrow('overflow <<');
    expect(I.shrI64(U64_MAX, 60)).toBe(15);
    expect(I.shrI64(-16, 2)).toBe(-4);
  });
});
