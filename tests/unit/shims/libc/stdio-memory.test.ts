import { describe, expect, it } from 'vitest';
import { NULL, ubOf, vi } from '../fake-machine.js';
import { machine } from './stdio-helpers.js';

describe('fmemopen', () => {
  it('writes into the caller\'s buffer when flushed, with a NUL after the data', () => {
    const m = machine();
    const buf = m.buffer(8, 'stack', [0x78, 0x78, 0x78, 0x78, 0x78, 0x78, 0x78, 0x78]);
    const f = m.callPtr('fmemopen', [buf, 8, m.cstr('w')]);
    m.call('fprintf', [f, m.cstr('%d')], [vi(42)]);
    expect(Buffer.from(m.mem.readBytes(buf, 8, true)).toString('latin1')).toBe('xxxxxxxx');
    expect(m.call('fflush', [f])).toBe(0);
    expect(m.read(buf)).toBe('42');
    expect(m.call('fileno', [f])).toBe(-1);
    expect(m.errno).toBe(9);
  });

  it('reads a string literal in "r" mode up to the size given', () => {
    const m = machine();
    const f = m.callPtr('fmemopen', [m.cstr('abc'), 2, m.cstr('r')]);
    expect(m.call('fgetc', [f])).toBe(0x61);
    expect(m.call('fgetc', [f])).toBe(0x62);
    expect(m.call('fgetc', [f])).toBe(-1);
    expect(m.call('feof', [f])).toBe(1);
  });

  it('fails with EINVAL for size 0 and frees its own buffer at fclose', () => {
    const m = machine();
    expect(m.callPtr('fmemopen', [NULL, 0, m.cstr('w+')]).addr).toBe(0);
    expect(m.errno).toBe(22);
    const f = m.callPtr('fmemopen', [NULL, 32, m.cstr('w+')]);
    m.call('fputs', [m.cstr('hi'), f]);
    expect(m.call('fclose', [f])).toBe(0);
    expect(m.mem.leaks()).toEqual([]);
  });

  it('reports a buffer freed while its stream is open when the stream writes to it', () => {
    const m = machine();
    const buf = m.buffer(16, 'heap');
    const f = m.callPtr('fmemopen', [buf, 16, m.cstr('w')]);
    m.call('fputs', [m.cstr('late'), f]);
    m.call('free', [buf]);
    expect(ubOf(() => m.call('fclose', [f]))).toMatchObject({ kind: 'use-after-free' });
  });
});

describe('open_memstream', () => {
  it('publishes the heap block and the length at fflush and fclose', () => {
    const m = machine();
    const [bufp, sizep] = [m.buffer(8), m.buffer(8)];
    const f = m.callPtr('open_memstream', [bufp, sizep]);
    m.call('fputs', [m.cstr('hello'), f]);
    m.call('fflush', [f]);
    expect(Number(m.mem.loadScalar(sizep, 'u64'))).toBe(5);
    expect(m.read(m.mem.loadPtr(bufp))).toBe('hello');
    m.call('fputs', [m.cstr(', world'), f]);
    expect(m.call('fclose', [f])).toBe(0);
    const block = m.mem.loadPtr(bufp);
    expect(m.read(block)).toBe('hello, world');
    expect(m.mem.kind(block.prov)).toBe('heap');
    expect(m.mem.leaks().map((l) => l.id)).toEqual([block.prov]);
    m.call('free', [block]);
    expect(m.mem.leaks()).toEqual([]);
  });
});
