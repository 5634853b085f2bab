import { describe, expect, it } from 'vitest';
import {
  BOOL, CHAR, DOUBLE, FLOAT, INT, LDOUBLE, LLONG, LONG, SCHAR, SHORT, UCHAR, UINT, ULLONG, ULONG, USHORT, VOID, arrayOf, pointerTo,
} from '../../../src/frontend/ctypes.js';
import { isBoolType, scalarKindOf } from '../../../src/ir/kinds.js';

describe('scalarKindOf', () => {
  it('maps integer types by size and signedness, with plain char signed', () => {
    expect([CHAR, SCHAR, UCHAR, SHORT, USHORT, INT, UINT].map(scalarKindOf)).toEqual(['i8', 'i8', 'u8', 'i16', 'u16', 'i32', 'u32']);
    expect([LONG, ULONG, LLONG, ULLONG].map(scalarKindOf)).toEqual(['i64', 'u64', 'i64', 'u64']);
  });

  it('holds _Bool in u8 and says so', () => {
    expect(scalarKindOf(BOOL)).toBe('u8');
    expect(isBoolType(BOOL)).toBe(true);
    expect(isBoolType(UCHAR)).toBe(false);
  });

  it('computes long double as double', () => {
    expect([FLOAT, DOUBLE, LDOUBLE].map(scalarKindOf)).toEqual(['f32', 'f64', 'f64']);
  });

  it('holds every pointer, qualified or not, in ptr', () => {
    expect(scalarKindOf(pointerTo(arrayOf(INT, 3)))).toBe('ptr');
    expect(scalarKindOf({ kind: 'pointer', to: INT, q: { const: true } })).toBe('ptr');
  });

  it('ignores qualifiers on integers (an enum is its compatible type)', () => {
    expect(scalarKindOf({ kind: 'int', ik: 'uint', q: { volatile: true }, enumName: 'e' })).toBe('u32');
  });

  it('refuses aggregates, which have no scalar kind', () => {
    expect(() => scalarKindOf(arrayOf(INT, 2))).toThrow(/not a scalar/);
    expect(() => scalarKindOf(VOID)).toThrow(/not a scalar/);
  });
});
