import { describe, expect, it } from 'vitest';
import { FakeMachine, ubOf } from '../fake-machine.js';
import { FdTable, FileDescription, fdTable } from '../../../../src/shims/files.js';

describe('read, write, close', () => {
  it('writes initialized bytes to stdout and stderr', () => {
    const m = new FakeMachine();
    expect(m.call('write', [1, m.cstr('hi'), 2])).toBe(2);
    expect(m.call('write', [2, m.cstr('err'), 3])).toBe(3);
    expect(m.stdout()).toBe('hi');
    expect(m.stderr()).toBe('err');
  });

  it('reports an uninitialized byte in the written buffer before looking at the fd', () => {
    const m = new FakeMachine();
    const b = m.buffer(4, 'stack', [1, 2]);
    expect(ubOf(() => m.call('write', [1, b, 3]))).toMatchObject({ kind: 'uninitialized-read' });
    expect(ubOf(() => m.call('write', [99, b, 5]))).toMatchObject({ kind: 'out-of-bounds' });
  });

  it('fails with EBADF on a closed or never opened fd', () => {
    const m = new FakeMachine();
    expect(m.call('write', [7, m.cstr('x'), 1])).toBe(-1);
    expect(m.errno).toBe(9);
    expect(m.call('close', [2])).toBe(0);
    expect(m.call('close', [2])).toBe(-1);
    expect(m.call('write', [2, m.cstr('x'), 1])).toBe(-1);
    expect(m.stderr()).toBe('');
  });

  it('reads stdin from the configured bytes until end of file', () => {
    const m = new FakeMachine({ stdin: () => new TextEncoder().encode('hello') });
    const buf = m.buffer(8);
    expect(m.call('read', [0, buf, 3])).toBe(3);
    expect(m.call('read', [0, buf, 8])).toBe(2);
    expect(m.call('read', [0, buf, 8])).toBe(0);
    expect([...m.mem.readBytes(buf, 2, true)]).toEqual([0x6c, 0x6f]);
  });

  it('checks the whole read buffer before reading', () => {
    const m = new FakeMachine({ stdin: () => new Uint8Array(0) });
    expect(ubOf(() => m.call('read', [0, m.buffer(2), 3]))).toMatchObject({ kind: 'out-of-bounds', access: 'write' });
  });
});

describe('the fd table', () => {
  it('gives out the lowest free fd and shares a description between duplicates', () => {
    const m = new FakeMachine();
    const t = fdTable(m);
    let closed = 0;
    class Counted extends FileDescription {
      override close() { closed++; return { ok: true as const, value: 0 as const }; }
    }
    const d = new Counted('test');
    expect(t.insert(d)).toEqual({ ok: true, value: 3 });
    expect(t.dup(3)).toEqual({ ok: true, value: 4 });
    t.close(m, 0);
    expect(t.dup(4)).toEqual({ ok: true, value: 0 });
    t.close(m, 3);
    t.close(m, 4);
    expect(closed).toBe(0);
    t.close(m, 0);
    expect(closed).toBe(1);
  });

  it('makes dup2 replace the target fd', () => {
    const m = new FakeMachine();
    const t = fdTable(m);
    expect(t.dup2(m, 2, 1)).toEqual({ ok: true, value: 1 });
    m.call('write', [1, m.cstr('to stderr'), 9]);
    expect(m.stderr()).toBe('to stderr');
    expect(t.dup2(m, 9, 1)).toEqual({ ok: false, errno: 9 });
  });

  it('stops as unsupported for an operation a description does not implement', () => {
    const m = new FakeMachine();
    expect(() => new FileDescription('thing').read(m, 1)).toThrow(/read from thing/);
    expect(new FdTable().get(0)).toBeUndefined();
  });
});
