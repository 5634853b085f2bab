import { describe, expect, it } from 'vitest';
import { EBADF, ENOENT, ENOTDIR } from '../../../../src/shims/errno.js';
import type { Ptr } from '../../../../src/memory/pointer.js';
import { NULL, ubOf } from '../fake-machine.js';
import { call, fsMachine, O, open } from './fs-helpers.js';
import type { FakeMachine } from '../fake-machine.js';

const at = (p: Ptr, n: number): Ptr => ({ addr: p.addr + n, prov: p.prov });

/** Every entry readdir gives, as "name:type". */
function list(m: FakeMachine, dir: Ptr): string[] {
  const out: string[] = [];
  for (;;) {
    const e = m.callPtr('readdir', [dir]);
    if (e.addr === 0) return out;
    out.push(`${m.read(at(e, 19))}:${m.mem.loadScalar(at(e, 18), 'u8')}`);
  }
}

describe('opendir and readdir', () => {
  it('lists ".", ".." and the entries with their d_type', () => {
    const m = fsMachine();
    call(m, 'mkdir', 'sub', 0o755);
    open(m, 'file', O.CREAT | O.WRONLY, 0o644);
    const d = m.callPtr('opendir', [m.cstr('.')]);
    expect(list(m, d)).toEqual(['.:4', '..:4', 'sub:4', 'file:8']);
    expect(m.call('closedir', [d])).toBe(0);
  });

  it('fills d_ino with the inode number stat reports and d_reclen as the kernel does', () => {
    const m = fsMachine();
    open(m, 'abc', O.CREAT | O.WRONLY, 0o644);
    const d = m.callPtr('opendir', [m.cstr('.')]);
    m.callPtr('readdir', [d]);
    m.callPtr('readdir', [d]);
    const e = m.callPtr('readdir', [d]);
    const st = m.buffer(144);
    m.call('stat', [m.cstr('abc'), st]);
    expect(m.mem.loadScalar(e, 'u64')).toBe(m.mem.loadScalar(at(st, 8), 'u64'));
    expect(m.mem.loadScalar(at(e, 16), 'u16')).toBe(24);
  });

  it('keeps listing every entry while the loop unlinks them (a snapshot, as glibc\'s buffer gives)', () => {
    const m = fsMachine();
    for (const n of ['a', 'b', 'c']) open(m, n, O.CREAT | O.WRONLY, 0o644);
    const d = m.callPtr('opendir', [m.cstr('.')]);
    const seen: string[] = [];
    for (;;) {
      const e = m.callPtr('readdir', [d]);
      if (e.addr === 0) break;
      const name = m.read(at(e, 19));
      seen.push(name);
      if (name !== '.' && name !== '..') call(m, 'unlink', name);
    }
    expect(seen).toEqual(['.', '..', 'a', 'b', 'c']);
    m.call('rewinddir', [d]);
    expect(list(m, d)).toEqual(['.:4', '..:4']);
  });

  it('leaves errno alone at the end of the stream', () => {
    const m = fsMachine();
    const d = m.callPtr('opendir', [m.cstr('/tmp')]);
    list(m, d);
    m.setErrno(0);
    expect(m.callPtr('readdir', [d]).addr).toBe(0);
    expect(m.errno).toBe(0);
  });

  it('reports ENOENT and ENOTDIR from opendir with a null result', () => {
    const m = fsMachine();
    open(m, 'f', O.CREAT | O.WRONLY, 0o644);
    expect(m.callPtr('opendir', [m.cstr('nope')])).toEqual(NULL);
    expect(m.errno).toBe(ENOENT);
    expect(m.callPtr('opendir', [m.cstr('f')])).toEqual(NULL);
    expect(m.errno).toBe(ENOTDIR);
  });

  it('gives the stream its own fd, closed by closedir', () => {
    const m = fsMachine();
    const d = m.callPtr('opendir', [m.cstr('.')]);
    const fd = Number(m.call('dirfd', [d]));
    expect(fd).toBe(3);
    m.call('closedir', [d]);
    m.setErrno(0);
    expect(m.call('close', [fd])).toBe(-1);
    expect(m.errno).toBe(EBADF);
  });

  it('fdopendir takes over a directory fd and refuses a file fd', () => {
    const m = fsMachine();
    const f = open(m, 'f', O.CREAT | O.WRONLY, 0o644);
    expect(m.callPtr('fdopendir', [f])).toEqual(NULL);
    expect(m.errno).toBe(ENOTDIR);
    const fd = open(m, '.', O.RDONLY | O.DIRECTORY);
    const d = m.callPtr('fdopendir', [fd]);
    expect(m.call('dirfd', [d])).toBe(fd);
  });

  it('telldir and seekdir return to an earlier entry', () => {
    const m = fsMachine();
    open(m, 'x', O.CREAT | O.WRONLY, 0o644);
    const d = m.callPtr('opendir', [m.cstr('.')]);
    m.callPtr('readdir', [d]);
    const pos = m.call('telldir', [d]) as number;
    const rest = list(m, d);
    m.call('seekdir', [d, pos]);
    expect(list(m, d)).toEqual(rest);
  });

  it('readdir_r fills the caller\'s entry and sets *result to NULL at the end', () => {
    const m = fsMachine();
    const d = m.callPtr('opendir', [m.cstr('/tmp')]);
    const entry = m.buffer(280);
    const result = m.buffer(8);
    expect(m.call('readdir_r', [d, entry, result])).toBe(0);
    expect(m.mem.loadPtr(result).addr).toBe(entry.addr);
    expect(m.read(at(entry, 19))).toBe('.');
    m.call('readdir_r', [d, entry, result]);
    expect(m.call('readdir_r', [d, entry, result])).toBe(0);
    expect(m.mem.loadPtr(result).addr).toBe(0);
  });
});

describe('misuse of directory streams', () => {
  it('reports readdir after closedir as a use-after-free', () => {
    const m = fsMachine();
    const d = m.callPtr('opendir', [m.cstr('.')]);
    m.call('closedir', [d]);
    expect(ubOf(() => m.call('readdir', [d])).kind).toBe('use-after-free');
  });

  it('reports reading a dirent after closedir as a use-after-free', () => {
    const m = fsMachine();
    const d = m.callPtr('opendir', [m.cstr('.')]);
    const e = m.callPtr('readdir', [d]);
    m.call('closedir', [d]);
    expect(ubOf(() => m.mem.readBytes(at(e, 19), 1, true)).kind).toBe('use-after-free');
  });

  it('reports a null DIR * and a pointer that is not a stream', () => {
    const m = fsMachine();
    expect(ubOf(() => m.call('readdir', [NULL])).kind).toBe('invalid-argument');
    expect(ubOf(() => m.call('closedir', [m.buffer(32)])).kind).toBe('invalid-argument');
  });

  it('reports freeing a DIR * with free() as an invalid free', () => {
    const m = fsMachine();
    const d = m.callPtr('opendir', [m.cstr('.')]);
    expect(ubOf(() => m.call('free', [d]))).toMatchObject({ kind: 'invalid-free', reason: 'not-heap' });
  });

  it('checks readdir_r\'s entry over the whole struct dirent', () => {
    const m = fsMachine();
    const d = m.callPtr('opendir', [m.cstr('.')]);
    expect(ubOf(() => m.call('readdir_r', [d, m.buffer(24), m.buffer(8)])).kind).toBe('out-of-bounds');
  });
});
