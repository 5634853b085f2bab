import { describe, expect, it } from 'vitest';
import { decodeChar, decodeFloat, decodeInteger, decodeStrings } from '../../../src/frontend/literals.js';

const bytes = (s: string): number[] => [...new TextEncoder().encode(s)];

describe('integer constants', () => {
  it('decodes decimal, octal, hexadecimal and binary digits', () => {
    expect(decodeInteger('42')).toMatchObject({ value: 42n, decimal: true });
    expect(decodeInteger('052')).toMatchObject({ value: 42n, decimal: false });
    expect(decodeInteger('0x2A')).toMatchObject({ value: 42n, decimal: false });
    expect(decodeInteger('0b101010')).toMatchObject({ value: 42n, decimal: false });
    expect(decodeInteger('0')).toMatchObject({ value: 0n, decimal: true });
  });

  it('reads the unsigned and long suffixes in any order and case', () => {
    expect(decodeInteger('1u')).toMatchObject({ unsigned: true, longs: 0 });
    expect(decodeInteger('1L')).toMatchObject({ unsigned: false, longs: 1 });
    expect(decodeInteger('1ull')).toMatchObject({ unsigned: true, longs: 2 });
    expect(decodeInteger('1LLU')).toMatchObject({ unsigned: true, longs: 2 });
    expect(decodeInteger('0xffUL')).toMatchObject({ value: 255n, unsigned: true, longs: 1 });
  });

  it('keeps values beyond 2^53 exactly', () => {
    expect(decodeInteger('18446744073709551615u').value).toBe(18446744073709551615n);
    expect(decodeInteger('0x8000000000000000').value).toBe(1n << 63n);
  });

  it('reports a constant too large for any type and a bad octal digit', () => {
    expect(decodeInteger('18446744073709551616').problem).toBe('integer constant is too large for its type');
    expect(decodeInteger('0778').problem).toBe('invalid digit "8" in octal constant');
    expect(decodeInteger('100').problem).toBeUndefined();
  });
});

describe('floating constants', () => {
  it('decodes decimal constants with exponents and suffixes', () => {
    expect(decodeFloat('1.5')).toEqual({ value: 1.5, suffix: '' });
    expect(decodeFloat('.5e1f')).toEqual({ value: 5, suffix: 'f' });
    expect(decodeFloat('1e-3L')).toEqual({ value: 0.001, suffix: 'l' });
    expect(decodeFloat('3.')).toEqual({ value: 3, suffix: '' });
  });

  it('decodes hexadecimal floating constants exactly', () => {
    expect(decodeFloat('0x1p3').value).toBe(8);
    expect(decodeFloat('0x1.8p1').value).toBe(3);
    expect(decodeFloat('0X.4P-2F')).toEqual({ value: 0.0625, suffix: 'f' });
    expect(decodeFloat('0x1.fffffffffffffp1023').value).toBe(Number.MAX_VALUE);
    expect(decodeFloat('0x1p-1074').value).toBe(Number.MIN_VALUE);
  });
});

describe('character constants', () => {
  it('gives a plain character its value as a signed char', () => {
    expect(decodeChar("'a'").value).toBe(97);
    expect(decodeChar("'\\xff'").value).toBe(-1);
    expect(decodeChar("'\\200'").value).toBe(-128);
  });

  it('decodes every simple escape sequence', () => {
    const escapes: [string, number][] = [
      ['n', 10], ['t', 9], ['\\', 92], ["'", 39], ['"', 34], ['?', 63], ['a', 7], ['b', 8], ['f', 12], ['r', 13], ['v', 11],
    ];
    for (const [c, v] of escapes) expect(decodeChar(`'\\${c}'`).value).toBe(v);
  });

  it('decodes octal escapes of one to three digits and hex escapes of any length', () => {
    expect(decodeChar("'\\0'").value).toBe(0);
    expect(decodeChar("'\\12'").value).toBe(10);
    expect(decodeChar("'\\101'").value).toBe(65);
    expect(decodeChar("'\\x41'").value).toBe(65);
    expect(decodeChar("L'\\x0041'").value).toBe(65);
  });

  it('computes multi-character constants as gcc does, with a warning', () => {
    const c = decodeChar("'ab'");
    expect(c.value).toBe(0x6162);
    expect(c.problems).toEqual([{ severity: 'warning', message: 'multi-character character constant', piece: 0 }]);
    expect(decodeChar("'abcd'").value).toBe(0x61626364);
  });

  it('gives wide and Unicode constants the value of their code unit', () => {
    expect(decodeChar("L'\\u00e9'")).toMatchObject({ value: 0xe9, prefix: 'L' });
    expect(decodeChar("u'\\u20ac'")).toMatchObject({ value: 0x20ac, prefix: 'u' });
    expect(decodeChar("U'\\U0001F600'")).toMatchObject({ value: 0x1f600, prefix: 'U' });
    expect(decodeChar("L'\\xffffffff'").value).toBe(-1);
    expect(decodeChar("u8'a'")).toMatchObject({ value: 97, prefix: 'u8' });
  });

  it('encodes a universal character name in a plain constant as UTF-8 bytes', () => {
    expect(decodeChar("'\\u00e9'").value).toBe(0xc3a9);
  });

  it('reports an empty constant, an out-of-range escape and an unknown escape', () => {
    expect(decodeChar("''").problems[0]?.message).toBe('empty character constant');
    expect(decodeChar("'\\x100'").problems[0]).toMatchObject({ severity: 'error', message: 'hex escape sequence out of range' });
    expect(decodeChar("'\\q'").problems[0]).toMatchObject({ severity: 'warning', message: "unknown escape sequence: '\\q'" });
    expect(decodeChar("'\\e'")).toMatchObject({ value: 27, problems: [] });
  });
});

describe('string literals', () => {
  it('decodes a plain literal to bytes, encoding non-ASCII text as UTF-8', () => {
    expect(decodeStrings(['"hi\\n"']).units).toEqual([104, 105, 10]);
    expect(decodeStrings(['"é"']).units).toEqual(bytes('é'));
    expect(decodeStrings(['"\\u20ac"']).units).toEqual(bytes('€'));
  });

  it('concatenates adjacent literals, decoding each escape within its own piece', () => {
    expect(decodeStrings(['"\\x1"', '"2"']).units).toEqual([1, 50]);
    expect(decodeStrings(['"ab"', '""', '"c"']).units).toEqual([97, 98, 99]);
  });

  it('gives the concatenation the prefix of its prefixed pieces (C17 6.4.5p5)', () => {
    expect(decodeStrings(['"a"', 'L"b"'])).toMatchObject({ units: [97, 98], prefix: 'L' });
    expect(decodeStrings(['u8"é"', '"x"'])).toMatchObject({ units: [...bytes('é'), 120], prefix: 'u8' });
  });

  it('encodes u literals as UTF-16 units and U literals as code points', () => {
    expect(decodeStrings(['u"\\U0001F600"']).units).toEqual([0xd83d, 0xde00]);
    expect(decodeStrings(['U"\\U0001F600"']).units).toEqual([0x1f600]);
  });

  it('rejects concatenating literals with different prefixes', () => {
    expect(decodeStrings(['u"a"', 'U"b"']).problems)
      .toEqual([{ severity: 'error', message: 'unsupported non-standard concatenation of string literals', piece: 1 }]);
  });

  it('reports an octal escape too large for a byte, in the piece where it is', () => {
    expect(decodeStrings(['"a"', '"\\777"']).problems)
      .toEqual([{ severity: 'error', message: 'octal escape sequence out of range', piece: 1 }]);
    expect(decodeStrings(['L"\\777"']).problems).toEqual([]);
  });
});
