import { describe, expect, it } from 'vitest';
import { INT, UINT, LONG, ULONG, CHAR, SHORT, DOUBLE, FLOAT, usualArithmetic, promote, typeToString, pointerTo, arrayOf, layoutRecord, type RecordInfo, sizeOf, alignOf } from '../../../src/frontend/ctypes.js';

describe('C types', () => {
  it('promotes char and short to int', () => {
    expect(promote(CHAR)).toEqual(INT);
    expect(promote(SHORT)).toEqual(INT);
  });
  it('applies the usual arithmetic conversions of C17 6.3.1.8', () => {
    expect(usualArithmetic(INT, UINT)).toEqual(UINT);
    expect(usualArithmetic(UINT, LONG)).toEqual(LONG);
    expect(usualArithmetic(LONG, ULONG)).toEqual(ULONG);
    expect(usualArithmetic(INT, FLOAT)).toEqual(FLOAT);
    expect(usualArithmetic(FLOAT, DOUBLE)).toEqual(DOUBLE);
  });
  it('prints declarator syntax for derived types', () => {
    expect(typeToString(pointerTo(arrayOf(INT, 3)))).toBe('int (*)[3]');
    expect(typeToString(arrayOf(pointerTo(CHAR), 4))).toBe('char *[4]');
  });
  it('lays out a struct with padding as the System V ABI does', () => {
    const rec: RecordInfo = { id: 1, tag: 's', isUnion: false, members: undefined, size: 0, align: 1, hasFlexibleArray: false };
    layoutRecord(rec, [{ name: 'c', type: CHAR }, { name: 'l', type: LONG }, { name: 's', type: SHORT }]);
    expect(rec.members!.map((m) => m.offset)).toEqual([0, 8, 16]);
    expect(sizeOf({ kind: 'record', rec })).toBe(24);
    expect(alignOf({ kind: 'record', rec })).toBe(8);
  });
});
