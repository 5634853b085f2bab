import { describe, expect, it } from 'vitest';
import { NULL, ubOf, vi, vp } from '../fake-machine.js';
import { machine, openMem } from './stdio-helpers.js';

/** sscanf(input, fmt, one object of `kind`) and what it stored, with the rest of the input (glibc's results, checked with gcc). */
function scanOne(input: string, fmt: string, kind: 'i32' | 'f64' | 'str'): { n: number; value: number | string | undefined; rest: string } {
  const m = machine();
  const obj = m.buffer(kind === 'str' ? 16 : 8);
  if (kind !== 'str') m.mem.storeScalar(obj, kind, -7);
  const rest = m.buffer(64, 'stack', new Uint8Array(64));
  const n = m.call('sscanf', [m.cstr(input), m.cstr(`${fmt}%63[^\x01]`)], [vp(obj), vp(rest)]) as number;
  const value = kind === 'str' ? (m.mem.firstUninit(obj, 1) === 0 ? undefined : m.read(obj)) : Number(m.mem.loadScalar(obj, kind));
  return { n, value, rest: m.read(rest) };
}

describe('the scanf engine', () => {
  it.each([
    ['0xg', '%x', 2, 0, 'g'],
    ['0x', '%x', 1, 0, ''],
    ['0x1F', '%i', 1, 31, ''],
    ['-g', '%d', 0, -7, ''],
    ['08', '%i', 2, 0, '8'],
    ['017', '%i', 1, 15, ''],
    ['12345', '%3d', 2, 123, '45'],
    ['  -12x', '%d', 2, -12, 'x'],
    ['', '%d', -1, -7, ''],
    ['   ', '%d', -1, -7, ''],
    ['x', '%d', 0, -7, ''],
    ['-1', '%u', 1, -1, ''],
  ])('reads %j with %s as glibc does', (input, fmt, n, value, rest) => {
    expect(scanOne(input, fmt, 'i32')).toEqual({ n, value, rest });
  });

  it.each([
    ['1e', 1, 1, ''],
    ['1ex', 2, 1, 'x'],
    ['1e+', 1, 1, ''],
    ['.', 0, -7, ''],
    ['inx', 0, -7, ''],
    ['infinit', 0, -7, ''],
    ['infinity', 1, Infinity, ''],
    ['0x1p3z', 2, 8, 'z'],
    ['0xz', 0, -7, ''],
    ['-.5', 1, -0.5, ''],
  ])('reads the float %j as glibc does', (input, n, value, rest) => {
    expect(scanOne(input, '%lf', 'f64')).toEqual({ n, value, rest });
  });

  it('keeps nan\'s parenthesised part unread, as glibc does', () => {
    const r = scanOne('nan(12)x', '%lf', 'f64');
    expect(r.n).toBe(2);
    expect(r.value).toBeNaN();
    expect(r.rest).toBe('(12)x');
  });

  it.each([
    ['  hello world', '%s', 2, 'hello', ' world'],
    ['abc]def', '%[]a-c]', 2, 'abc]', 'def'],
    ['xyz', '%[a-c]', 0, undefined, ''],
    ['a-b', '%[-ab]', 1, 'a-b', ''],
    ['hello', '%3s', 2, 'hel', 'lo'],
    ['key=value', '%[^=]=', 2, 'key', 'value'],
  ])('reads the text %j with %s', (input, fmt, n, value, rest) => {
    expect(scanOne(input, fmt, 'str')).toEqual({ n, value, rest });
  });

  it('stores %c bytes without a NUL and counts a short field at end of input', () => {
    const m = machine();
    const c = m.buffer(5, 'stack', [0x3f, 0x3f, 0x3f, 0x3f, 0x3f]);
    expect(m.call('sscanf', [m.cstr('ab'), m.cstr('%5c')], [vp(c)])).toBe(1);
    expect(Buffer.from(m.mem.readBytes(c, 5, true)).toString('latin1')).toBe('ab???');
  });

  it('matches literals, %% and white space, and stops at the first mismatch', () => {
    const m = machine();
    const [a, b] = [m.buffer(4), m.buffer(4)];
    expect(m.call('sscanf', [m.cstr('1 % 2'), m.cstr('%d %%%d')], [vp(a), vp(b)])).toBe(2);
    expect(m.mem.loadScalar(b, 'i32')).toBe(2);
    expect(m.call('sscanf', [m.cstr('1;2'), m.cstr('%d,%d')], [vp(a), vp(b)])).toBe(1);
    expect(m.call('sscanf', [m.cstr(''), m.cstr('x%d')], [vp(a)])).toBe(-1);
  });

  it('counts consumed bytes with %n and skips suppressed conversions', () => {
    const m = machine();
    const [a, n] = [m.buffer(4), m.buffer(4)];
    expect(m.call('sscanf', [m.cstr('5  66 7'), m.cstr('%*d %d%n')], [vp(a), vp(n)])).toBe(1);
    expect(m.mem.loadScalar(a, 'i32')).toBe(66);
    expect(m.mem.loadScalar(n, 'i32')).toBe(5);
  });

  it('stores through the length modifiers hh, h, l and %f into a float', () => {
    const m = machine();
    const [c, s, l, f] = [m.buffer(1), m.buffer(2), m.buffer(8), m.buffer(4)];
    expect(m.call('sscanf', [m.cstr('-5 300 -9000000000 2.5'), m.cstr('%hhd %hd %ld %f')], [vp(c), vp(s), vp(l), vp(f)])).toBe(4);
    expect(m.mem.loadScalar(c, 'i8')).toBe(-5);
    expect(m.mem.loadScalar(s, 'i16')).toBe(300);
    expect(m.mem.loadScalar(l, 'i64')).toBe(-9000000000);
    expect(m.mem.loadScalar(f, 'f32')).toBe(2.5);
  });

  it('reports an argument that is not a pointer, and a missing one, as a format mismatch', () => {
    const m = machine();
    expect(ubOf(() => m.call('sscanf', [m.cstr('5'), m.cstr('%d')], [vi(5)])))
      .toMatchObject({ kind: 'format-mismatch', fn: 'sscanf', directive: '%d', expected: 'int *', actual: 'int' });
    expect(ubOf(() => m.call('sscanf', [m.cstr('5 6'), m.cstr('%d %lu')], [vp(m.buffer(4))])))
      .toMatchObject({ kind: 'format-mismatch', directive: '%lu', expected: 'unsigned long *', actual: 'no argument' });
  });

  it('reports %d into a one-byte object and %s into a too small array as out-of-bounds writes', () => {
    const m = machine();
    expect(ubOf(() => m.call('sscanf', [m.cstr('7'), m.cstr('%d')], [vp(m.buffer(1))]))).toMatchObject({ kind: 'out-of-bounds' });
    expect(ubOf(() => m.call('sscanf', [m.cstr('toolong'), m.cstr('%s')], [vp(m.buffer(4))]))).toMatchObject({ kind: 'out-of-bounds' });
  });

  it('reports a number that does not fit the object (C17 7.21.6.2p10)', () => {
    const m = machine();
    const ub = ubOf(() => m.call('sscanf', [m.cstr('99999999999'), m.cstr('%d')], [vp(m.buffer(4))]));
    expect(ub).toMatchObject({ kind: 'invalid-argument', fn: 'sscanf' });
    expect(ub.kind === 'invalid-argument' && ub.detail).toContain('7.21.6.2p10');
  });

  it('allocates the string for %ms with malloc', () => {
    const m = machine();
    const slot = m.buffer(8);
    expect(m.call('sscanf', [m.cstr('word rest'), m.cstr('%ms')], [vp(slot)])).toBe(1);
    const p = m.mem.loadPtr(slot);
    expect(m.mem.kind(p.prov)).toBe('heap');
    expect(m.read(p)).toBe('word');
  });

  it('reads a pointer with %p', () => {
    const m = machine();
    const slot = m.buffer(8);
    expect(m.call('sscanf', [m.cstr('0x1234'), m.cstr('%p')], [vp(slot)])).toBe(1);
    expect(m.mem.loadPtr(slot).addr).toBe(0x1234);
  });
});

describe('fscanf and scanf', () => {
  it('reads from a stream and leaves the byte after the field unread', () => {
    const m = machine();
    const { fp } = openMem(m, 'r', '12 abc\nnext');
    const [a, s] = [m.buffer(4), m.buffer(8)];
    expect(m.call('fscanf', [fp, m.cstr('%d %s')], [vp(a), vp(s)])).toBe(2);
    expect(m.read(s)).toBe('abc');
    expect(m.call('fgetc', [fp])).toBe(0x0a);
    expect(m.call('fscanf', [fp, m.cstr('%d')], [vp(a)])).toBe(0);
    expect(m.call('fgetc', [fp])).toBe(0x6e);
  });

  it('returns EOF at the end of a stream and sets its end-of-file indicator', () => {
    const m = machine();
    const { fp } = openMem(m, 'r', '  ');
    expect(m.call('fscanf', [fp, m.cstr('%d')], [vp(m.buffer(4))])).toBe(-1);
    expect(m.call('feof', [fp])).toBe(1);
  });

  it('reads stdin with scanf', () => {
    const m = machine({ stdin: () => Buffer.from('42\n') });
    const a = m.buffer(4);
    expect(m.call('scanf', [m.cstr('%d')], [vp(a)])).toBe(1);
    expect(m.mem.loadScalar(a, 'i32')).toBe(42);
    expect(m.call('getchar')).toBe(0x0a);
    expect(m.call('getchar')).toBe(-1);
  });

  it('reports a null format', () => {
    const m = machine();
    expect(ubOf(() => m.call('sscanf', [m.cstr('1'), NULL], []))).toMatchObject({ kind: 'invalid-argument' });
  });
});
