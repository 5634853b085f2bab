import { describe, expect, it } from 'vitest';
import { EEXIST, EINVAL, ENOENT, EPERM } from '../../../../src/shims/errno.js';
import type { Ptr } from '../../../../src/memory/pointer.js';
import { NULL, ubOf } from '../fake-machine.js';
import { call, failing, fsMachine, O, open, read, statOf, write } from './fs-helpers.js';

describe('link', () => {
  it('gives a file a second name that shares its bytes and counts in st_nlink', () => {
    const m = fsMachine();
    write(m, open(m, 'a', O.CREAT | O.WRONLY, 0o644), 'shared');
    expect(call(m, 'link', 'a', 'b')).toBe(0);
    expect(statOf(m, 'stat', 'a').nlink).toBe(2);
    expect(statOf(m, 'stat', 'b').ino).toBe(statOf(m, 'stat', 'a').ino);
    call(m, 'unlink', 'a');
    expect(read(m, open(m, 'b', O.RDONLY), 10)).toBe('shared');
    expect(statOf(m, 'stat', 'b').nlink).toBe(1);
  });

  it('reports EEXIST for an existing new name and EPERM for a directory', () => {
    const m = fsMachine();
    open(m, 'a', O.CREAT | O.WRONLY, 0o644);
    call(m, 'mkdir', 'd', 0o755);
    expect(failing(m, () => call(m, 'link', 'a', 'd'))).toEqual([-1, EEXIST]);
    expect(failing(m, () => call(m, 'link', 'd', 'e'))).toEqual([-1, EPERM]);
    expect(failing(m, () => call(m, 'link', 'missing', 'e'))).toEqual([-1, ENOENT]);
  });

  it('renaming one link onto another of the same file does nothing', () => {
    const m = fsMachine();
    open(m, 'a', O.CREAT | O.WRONLY, 0o644);
    call(m, 'link', 'a', 'b');
    expect(call(m, 'rename', 'a', 'b')).toBe(0);
    expect(statOf(m, 'stat', 'a').nlink).toBe(2);
  });
});

describe('readlink and realpath', () => {
  it('readlink: EINVAL for anything that exists (no symbolic links), ENOENT otherwise', () => {
    const m = fsMachine();
    const buf = m.buffer(64);
    expect(failing(m, () => Number(m.call('readlink', [m.cstr('.'), buf, 64])))).toEqual([-1, EINVAL]);
    expect(failing(m, () => Number(m.call('readlink', [m.cstr('nope'), buf, 64])))).toEqual([-1, ENOENT]);
  });

  it('realpath resolves ".", ".." and repeated slashes to an absolute path', () => {
    const m = fsMachine();
    call(m, 'mkdir', 'd', 0o755);
    open(m, 'd/f', O.CREAT | O.WRONLY, 0o644);
    const buf = m.buffer(4096);
    expect(m.readResult(m.call('realpath', [m.cstr('./d/../d//f'), buf]))).toBe('/home/user/proj/d/f');
    expect(m.readResult(m.call('realpath', [m.cstr('/'), buf]))).toBe('/');
    const owned = m.callPtr('realpath', [m.cstr('d'), NULL]);
    expect(m.read(owned)).toBe('/home/user/proj/d');
    expect(m.mem.kind(owned.prov)).toBe('heap');
    expect(failing(m, () => (m.callPtr('realpath', [m.cstr('d/missing'), buf]).addr === 0 ? -1 : 0))).toEqual([-1, ENOENT]);
  });
});

describe('mkstemp and mkdtemp', () => {
  it('replaces the XXXXXX with a fresh name and opens the file 0600', () => {
    const m = fsMachine();
    const t = m.cstr('/tmp/dataXXXXXX', 'stack');
    const fd = Number(m.call('mkstemp', [t]));
    expect(fd).toBe(3);
    const name = m.read(t);
    expect(name).toMatch(/^\/tmp\/data[A-Za-z0-9]{6}$/);
    expect(statOf(m, 'stat', name).mode).toBe(0o100600);
    const t2 = m.cstr('/tmp/dataXXXXXX', 'stack');
    m.call('mkstemp', [t2]);
    expect(m.read(t2)).not.toBe(name);
  });

  it('rejects a template without six trailing X and a read-only template', () => {
    const m = fsMachine();
    expect(failing(m, () => Number(m.call('mkstemp', [m.cstr('/tmp/dataXXXX', 'stack')])))).toEqual([-1, EINVAL]);
    const literal: Ptr = m.cstr('/tmp/xXXXXXX', 'string');
    m.mem.setReadonly(literal.prov);
    expect(ubOf(() => m.call('mkstemp', [literal])).kind).toBe('write-to-readonly');
  });

  it('mkdtemp makes a 0700 directory and returns the template', () => {
    const m = fsMachine();
    const t = m.cstr('dirXXXXXX', 'stack');
    expect(m.callPtr('mkdtemp', [t]).addr).toBe(t.addr);
    expect(statOf(m, 'stat', m.read(t)).mode).toBe(0o40700);
  });
});

describe('utimensat and futimens', () => {
  function mtime(m: ReturnType<typeof fsMachine>, path: string): number {
    const buf = m.buffer(144);
    m.call('stat', [m.cstr(path), buf]);
    return Number(m.mem.loadScalar({ addr: buf.addr + 88, prov: buf.prov }, 'i64'));
  }

  it('sets the modification time stat reports', () => {
    const m = fsMachine();
    const fd = open(m, 'f', O.CREAT | O.WRONLY, 0o644);
    const times = m.buffer(32);
    m.mem.writeBytes(times, new Uint8Array(32));
    m.mem.storeScalar({ addr: times.addr + 16, prov: times.prov }, 'i64', 1234567890n);
    expect(m.call('utimensat', [-100, m.cstr('f'), times, 0])).toBe(0);
    expect(mtime(m, 'f')).toBe(1234567890);
    m.mem.storeScalar({ addr: times.addr + 16, prov: times.prov }, 'i64', 42n);
    expect(m.call('futimens', [fd, times])).toBe(0);
    expect(mtime(m, 'f')).toBe(42);
  });

  it('reports EINVAL for a nanosecond field out of range and EPERM for a file the program does not own', () => {
    const m = fsMachine();
    open(m, 'f', O.CREAT | O.WRONLY, 0o644);
    const times = m.buffer(32);
    m.mem.writeBytes(times, new Uint8Array(32));
    m.mem.storeScalar({ addr: times.addr + 8, prov: times.prov }, 'i64', 2_000_000_000n);
    expect(failing(m, () => Number(m.call('utimensat', [-100, m.cstr('f'), times, 0])))).toEqual([-1, EINVAL]);
    m.mem.writeBytes(times, new Uint8Array(32));
    expect(failing(m, () => Number(m.call('utimensat', [-100, m.cstr('/tmp'), times, 0])))).toEqual([-1, EPERM]);
  });

  it('checks both timespecs (32 bytes) before acting', () => {
    const m = fsMachine();
    open(m, 'f', O.CREAT | O.WRONLY, 0o644);
    expect(ubOf(() => m.call('utimensat', [-100, m.cstr('f'), m.buffer(16, 'stack', new Uint8Array(16)), 0])).kind).toBe('out-of-bounds');
  });
});
