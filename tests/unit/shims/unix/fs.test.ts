import { describe, expect, it } from 'vitest';
import { EACCES, EBADF, EEXIST, EINVAL, EISDIR, ENAMETOOLONG, ENOENT, ENOSPC, ENOTDIR } from '../../../../src/shims/errno.js';
import { fdTable } from '../../../../src/shims/files.js';
import { openPath } from '../../../../src/shims/unix/fs.js';
import { RaisedUB, ubOf, vi } from '../fake-machine.js';
import { call, failing, fsMachine, O, open, read, statOf, write } from './fs-helpers.js';

describe('open', () => {
  it('creates a file with O_CREAT and reads back what was written', () => {
    const m = fsMachine();
    const fd = open(m, 'a.txt', O.CREAT | O.RDWR, 0o644);
    expect(fd).toBe(3);
    expect(write(m, fd, 'hello')).toBe(5);
    expect(m.call('lseek', [fd, 0, 0])).toBe(0);
    expect(read(m, fd, 100)).toBe('hello');
    expect(read(m, fd, 100)).toBe('');
  });

  it('reports ENOENT for a missing file without O_CREAT', () => {
    const m = fsMachine();
    expect(failing(m, () => open(m, 'missing', O.RDONLY))).toEqual([-1, ENOENT]);
  });

  it('reports EEXIST for O_CREAT | O_EXCL on an existing file', () => {
    const m = fsMachine();
    open(m, 'x', O.CREAT | O.WRONLY, 0o600);
    expect(failing(m, () => open(m, 'x', O.CREAT | O.EXCL | O.WRONLY, 0o600))).toEqual([-1, EEXIST]);
  });

  it('applies the umask 022 to the creation mode', () => {
    const m = fsMachine();
    open(m, 'x', O.CREAT | O.WRONLY, 0o777);
    expect(statOf(m, 'stat', 'x').mode & 0o7777).toBe(0o755);
    expect(m.call('umask', [0o077])).toBe(0o022);
    open(m, 'y', O.CREAT | O.WRONLY, 0o666);
    expect(statOf(m, 'stat', 'y').mode & 0o7777).toBe(0o600);
  });

  it('truncates with O_TRUNC, even when opened read-only as Linux does', () => {
    const m = fsMachine();
    const fd = open(m, 'x', O.CREAT | O.WRONLY, 0o644);
    write(m, fd, 'abcdef');
    const ro = open(m, 'x', O.RDONLY | O.TRUNC);
    expect(ro).toBeGreaterThan(0);
    expect(statOf(m, 'stat', 'x').size).toBe(0);
  });

  it('appends every write with O_APPEND, wherever the offset was', () => {
    const m = fsMachine();
    const fd = open(m, 'log', O.CREAT | O.WRONLY | O.APPEND, 0o644);
    write(m, fd, 'one ');
    m.call('lseek', [fd, 0, 0]);
    write(m, fd, 'two');
    const r = open(m, 'log', O.RDONLY);
    expect(read(m, r, 100)).toBe('one two');
  });

  it('fills a gap left by a write past the end with zeros', () => {
    const m = fsMachine();
    const fd = open(m, 'sparse', O.CREAT | O.RDWR, 0o644);
    m.call('lseek', [fd, 4, 0]);
    write(m, fd, 'x');
    m.call('lseek', [fd, 0, 0]);
    expect(read(m, fd, 10)).toBe('\0\0\0\0x');
  });

  it('opens directories read-only and reports EISDIR for writing them or reading from them', () => {
    const m = fsMachine();
    expect(failing(m, () => open(m, '.', O.WRONLY))).toEqual([-1, EISDIR]);
    expect(failing(m, () => open(m, '.', O.RDONLY | O.CREAT, 0o644))).toEqual([-1, EISDIR]);
    const fd = open(m, '.', O.RDONLY);
    expect(fd).toBeGreaterThan(0);
    expect(read(m, fd, 4)).toBe(`-1 errno ${EISDIR}`);
  });

  it('reports ENOTDIR for O_DIRECTORY on a file and for a path through a file', () => {
    const m = fsMachine();
    open(m, 'f', O.CREAT | O.WRONLY, 0o644);
    expect(failing(m, () => open(m, 'f', O.RDONLY | O.DIRECTORY))).toEqual([-1, ENOTDIR]);
    expect(failing(m, () => open(m, 'f/x', O.RDONLY))).toEqual([-1, ENOTDIR]);
    expect(failing(m, () => open(m, 'f/', O.RDONLY))).toEqual([-1, ENOTDIR]);
  });

  it('reports EISDIR for O_CREAT of a name ending in a slash', () => {
    const m = fsMachine();
    expect(failing(m, () => open(m, 'new/', O.CREAT | O.WRONLY, 0o644))).toEqual([-1, EISDIR]);
  });

  it('reports ENOENT for the empty path and ENAMETOOLONG for a name over 255 bytes', () => {
    const m = fsMachine();
    expect(failing(m, () => open(m, '', O.RDONLY))).toEqual([-1, ENOENT]);
    expect(failing(m, () => open(m, 'n'.repeat(256), O.CREAT | O.WRONLY, 0o644))).toEqual([-1, ENAMETOOLONG]);
    expect(failing(m, () => open(m, 'd/'.repeat(2048), O.RDONLY))).toEqual([-1, ENAMETOOLONG]);
  });

  it('denies creating a file beside the working directory (root-owned parents)', () => {
    const m = fsMachine();
    expect(failing(m, () => open(m, '../x', O.CREAT | O.WRONLY, 0o644))).toEqual([-1, EACCES]);
    expect(failing(m, () => open(m, '/etc/passwd', O.RDONLY))).toEqual([-1, ENOENT]);
  });

  it('lets anyone create files in /tmp', () => {
    const m = fsMachine();
    expect(open(m, '/tmp/scratch', O.CREAT | O.RDWR, 0o600)).toBe(3);
    expect(statOf(m, 'stat', '/tmp').mode & 0o7777).toBe(0o1777);
  });

  it('checks permission bits: a file created 0200 cannot be reopened for reading', () => {
    const m = fsMachine();
    const fd = open(m, 'wo', O.CREAT | O.RDWR, 0o200);
    expect(fd).toBeGreaterThan(0); // the creator may use it whatever the mode
    expect(failing(m, () => open(m, 'wo', O.RDONLY))).toEqual([-1, EACCES]);
    expect(open(m, 'wo', O.WRONLY)).toBeGreaterThan(0);
  });

  it('sets FD_CLOEXEC for O_CLOEXEC and shows O_LARGEFILE in F_GETFL', () => {
    const m = fsMachine();
    const fd = open(m, 'c', O.CREAT | O.RDWR | O.CLOEXEC, 0o644);
    expect(fdTable(m).flags(fd)).toBe(1);
    expect(fdTable(m).get(fd)!.statusFlags).toBe(O.RDWR | O.LARGEFILE);
  });

  it('reports EBADF for reading a write-only fd and writing a read-only one', () => {
    const m = fsMachine();
    const w = open(m, 'f', O.CREAT | O.WRONLY, 0o644);
    expect(read(m, w, 1)).toBe(`-1 errno ${EBADF}`);
    const r = open(m, 'f', O.RDONLY);
    expect(failing(m, () => write(m, r, 'x'))).toEqual([-1, EBADF]);
  });

  it('makes an unnamed file with O_TMPFILE that no directory lists', () => {
    const m = fsMachine();
    const fd = open(m, '/tmp', O.TMPFILE | O.RDWR, 0o600);
    expect(write(m, fd, 'data')).toBe(4);
    expect(statOf(m, 'fstat', fd).nlink).toBe(0);
    expect(failing(m, () => open(m, '/tmp', O.TMPFILE | O.RDONLY, 0o600))).toEqual([-1, EINVAL]);
  });

  it('reads the path as a checked C string: an unterminated one is reported at the call', () => {
    const m = fsMachine();
    const p = m.buffer(3, 'stack', [0x61, 0x62, 0x63]);
    const ub = ubOf(() => m.call('open', [p, O.RDONLY]));
    expect(ub.kind).toBe('out-of-bounds');
  });

  it('reports a null path as UB', () => {
    const m = fsMachine();
    expect(() => m.call('open', [{ addr: 0, prov: 0 }, O.RDONLY])).toThrow(RaisedUB);
  });
});

describe('openat and creat', () => {
  it('resolves relative paths from a directory fd and absolute ones from the root', () => {
    const m = fsMachine();
    call(m, 'mkdir', 'sub', 0o755);
    const dir = open(m, 'sub', O.RDONLY | O.DIRECTORY);
    const fd = Number(m.call('openat', [dir, m.cstr('inner'), O.CREAT | O.WRONLY], [vi(0o644)]));
    expect(fd).toBeGreaterThan(dir);
    expect(statOf(m, 'stat', 'sub/inner').r).toBe(0);
    expect(Number(m.call('openat', [dir, m.cstr('/tmp'), O.RDONLY]))).toBeGreaterThan(0);
  });

  it('reports ENOTDIR for a file fd and EBADF for a closed one', () => {
    const m = fsMachine();
    const f = open(m, 'f', O.CREAT | O.RDWR, 0o644);
    expect(failing(m, () => Number(m.call('openat', [f, m.cstr('x'), O.RDONLY])))).toEqual([-1, ENOTDIR]);
    expect(failing(m, () => Number(m.call('openat', [42, m.cstr('x'), O.RDONLY])))).toEqual([-1, EBADF]);
    expect(Number(m.call('openat', [-100, m.cstr('f'), O.RDONLY]))).toBeGreaterThan(0);
  });

  it('creat truncates an existing file and opens it write-only', () => {
    const m = fsMachine();
    const fd = open(m, 'f', O.CREAT | O.RDWR, 0o644);
    write(m, fd, 'content');
    const c = call(m, 'creat', 'f', 0o644);
    expect(statOf(m, 'stat', 'f').size).toBe(0);
    expect(fdTable(m).get(c)!.statusFlags & 3).toBe(O.WRONLY);
  });
});

describe('openPath (for stdio)', () => {
  it('returns the fd or the errno as open(2) would', () => {
    const m = fsMachine();
    expect(openPath(m, 'p', O.CREAT | O.WRONLY, 0o644)).toEqual({ ok: true, value: 3 });
    expect(openPath(m, 'p', O.CREAT | O.EXCL | O.WRONLY, 0o644)).toEqual({ ok: false, errno: EEXIST });
  });
});

describe('space', () => {
  it('reports ENOSPC when the files would hold more than the memory limit, and frees space on unlink', () => {
    const m = fsMachine({ maxMemory: 4096 });
    const fd = open(m, 'big', O.CREAT | O.RDWR, 0o644);
    expect(m.call('ftruncate', [fd, 4000])).toBe(0);
    const other = open(m, 'other', O.CREAT | O.RDWR, 0o644);
    expect(failing(m, () => write(m, other, 'x'.repeat(200)))).toEqual([-1, ENOSPC]);
    m.call('close', [fd]);
    call(m, 'unlink', 'big');
    expect(write(m, other, 'x'.repeat(200))).toBe(200);
  });
});
