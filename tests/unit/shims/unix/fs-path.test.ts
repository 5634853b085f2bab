import { describe, expect, it } from 'vitest';
import { EACCES, EBUSY, EEXIST, EINVAL, EISDIR, ENOENT, ENOTDIR, ENOTEMPTY, EPERM, ERANGE } from '../../../../src/shims/errno.js';
import { removePath, renamePath } from '../../../../src/shims/unix/fs.js';
import { ubOf } from '../fake-machine.js';
import { call, failing, fsMachine, O, open, read, statOf, write } from './fs-helpers.js';

describe('stat, fstat, fstatat', () => {
  it('describes a regular file: type, size, links, owner and 4096-byte blocks', () => {
    const m = fsMachine();
    const fd = open(m, 'f', O.CREAT | O.RDWR, 0o640);
    write(m, fd, 'x'.repeat(5000));
    const s = statOf(m, 'stat', 'f');
    expect(s).toMatchObject({ r: 0, mode: 0o100640, size: 5000, nlink: 1, uid: 1000, blocks: 16 });
    expect(statOf(m, 'fstat', fd)).toEqual(s);
  });

  it('describes directories with their link count', () => {
    const m = fsMachine();
    call(m, 'mkdir', 'd', 0o755);
    call(m, 'mkdir', 'd/e', 0o755);
    expect(statOf(m, 'stat', 'd')).toMatchObject({ mode: 0o40755, size: 4096, nlink: 3 });
  });

  it('reports ENOENT and ENOTDIR as Linux does', () => {
    const m = fsMachine();
    open(m, 'f', O.CREAT | O.WRONLY, 0o644);
    expect(failing(m, () => statOf(m, 'stat', 'nope').r)).toEqual([-1, ENOENT]);
    expect(failing(m, () => statOf(m, 'stat', 'f/').r)).toEqual([-1, ENOTDIR]);
  });

  it('shows pipes and terminals by their type bits', () => {
    const m = fsMachine();
    expect(statOf(m, 'fstat', 1).mode & 0o170000).toBe(0o010000); // stdout is a pipe in tests
  });

  it('checks the whole 144-byte buffer before looking the path up', () => {
    const m = fsMachine();
    const small = m.buffer(100);
    expect(ubOf(() => m.call('stat', [m.cstr('does-not-exist'), small])).kind).toBe('out-of-bounds');
  });

  it('fstatat with AT_EMPTY_PATH describes the fd itself', () => {
    const m = fsMachine();
    const fd = open(m, 'f', O.CREAT | O.WRONLY, 0o644);
    const buf = m.buffer(144);
    const fstatat = (dirfd: number, p: string, flags: number): number => Number(m.call('fstatat', [dirfd, m.cstr(p), buf, flags]));
    expect(fstatat(fd, '', 0x1000)).toBe(0);
    expect(m.mem.loadScalar({ addr: buf.addr + 24, prov: buf.prov }, 'u32')).toBe(0o100644);
    expect(fstatat(-100, '', 0x1000)).toBe(0);
    expect(m.mem.loadScalar({ addr: buf.addr + 24, prov: buf.prov }, 'u32')).toBe(0o40755);
    expect(failing(m, () => fstatat(fd, '', 0))).toEqual([-1, ENOENT]);
    expect(failing(m, () => fstatat(-100, 'f', 0x4))).toEqual([-1, EINVAL]);
  });
});

describe('unlink, rmdir, mkdir', () => {
  it('removes a file; an open fd keeps its contents', () => {
    const m = fsMachine();
    const fd = open(m, 'f', O.CREAT | O.RDWR, 0o644);
    write(m, fd, 'kept');
    expect(call(m, 'unlink', 'f')).toBe(0);
    expect(failing(m, () => open(m, 'f', O.RDONLY))).toEqual([-1, ENOENT]);
    m.call('lseek', [fd, 0, 0]);
    expect(read(m, fd, 10)).toBe('kept');
    expect(statOf(m, 'fstat', fd).nlink).toBe(0);
  });

  it('reports EISDIR for unlink of a directory and ENOTDIR for rmdir of a file', () => {
    const m = fsMachine();
    call(m, 'mkdir', 'd', 0o755);
    open(m, 'f', O.CREAT | O.WRONLY, 0o644);
    expect(failing(m, () => call(m, 'unlink', 'd'))).toEqual([-1, EISDIR]);
    expect(failing(m, () => call(m, 'rmdir', 'f'))).toEqual([-1, ENOTDIR]);
    expect(failing(m, () => call(m, 'unlink', '.'))).toEqual([-1, EISDIR]);
  });

  it('refuses to remove a non-empty directory, ".", ".." and "/"', () => {
    const m = fsMachine();
    call(m, 'mkdir', 'd', 0o755);
    open(m, 'd/f', O.CREAT | O.WRONLY, 0o644);
    expect(failing(m, () => call(m, 'rmdir', 'd'))).toEqual([-1, ENOTEMPTY]);
    expect(failing(m, () => call(m, 'rmdir', 'd/.'))).toEqual([-1, EINVAL]);
    expect(failing(m, () => call(m, 'rmdir', 'd/..'))).toEqual([-1, ENOTEMPTY]);
    expect(failing(m, () => call(m, 'rmdir', '/'))).toEqual([-1, EBUSY]);
    call(m, 'unlink', 'd/f');
    expect(call(m, 'rmdir', 'd')).toBe(0);
  });

  it('reports EEXIST for mkdir of an existing name and ENOENT for a missing parent', () => {
    const m = fsMachine();
    call(m, 'mkdir', 'd', 0o755);
    expect(failing(m, () => call(m, 'mkdir', 'd', 0o755))).toEqual([-1, EEXIST]);
    expect(failing(m, () => call(m, 'mkdir', 'a/b', 0o755))).toEqual([-1, ENOENT]);
    expect(failing(m, () => call(m, 'mkdir', '/', 0o755))).toEqual([-1, EEXIST]);
    expect(call(m, 'mkdir', 'e/', 0o700)).toBe(0);
    expect(statOf(m, 'stat', 'e').mode).toBe(0o40700);
  });

  it('reports EACCES for removing from a directory without write permission', () => {
    const m = fsMachine();
    call(m, 'mkdir', 'd', 0o755);
    open(m, 'd/f', O.CREAT | O.WRONLY, 0o644);
    call(m, 'chmod', 'd', 0o555);
    expect(failing(m, () => call(m, 'unlink', 'd/f'))).toEqual([-1, EACCES]);
    expect(failing(m, () => call(m, 'unlink', 'd/missing'))).toEqual([-1, ENOENT]);
  });
});

describe('rename', () => {
  it('moves a file, replacing an existing one', () => {
    const m = fsMachine();
    write(m, open(m, 'a', O.CREAT | O.WRONLY, 0o644), 'A');
    write(m, open(m, 'b', O.CREAT | O.WRONLY, 0o644), 'B');
    expect(call(m, 'rename', 'a', 'b')).toBe(0);
    expect(read(m, open(m, 'b', O.RDONLY), 9)).toBe('A');
    expect(failing(m, () => open(m, 'a', O.RDONLY))).toEqual([-1, ENOENT]);
  });

  it('moves a directory with its contents and refuses to move it below itself', () => {
    const m = fsMachine();
    call(m, 'mkdir', 'd', 0o755);
    open(m, 'd/f', O.CREAT | O.WRONLY, 0o644);
    expect(call(m, 'rename', 'd', 'e')).toBe(0);
    expect(statOf(m, 'stat', 'e/f').r).toBe(0);
    call(m, 'mkdir', 'e/sub', 0o755);
    expect(failing(m, () => call(m, 'rename', 'e', 'e/sub/x'))).toEqual([-1, EINVAL]);
  });

  it('reports EISDIR, ENOTDIR and ENOTEMPTY for kinds that do not match', () => {
    const m = fsMachine();
    call(m, 'mkdir', 'd', 0o755);
    call(m, 'mkdir', 'full', 0o755);
    open(m, 'full/x', O.CREAT | O.WRONLY, 0o644);
    open(m, 'f', O.CREAT | O.WRONLY, 0o644);
    expect(failing(m, () => call(m, 'rename', 'f', 'd'))).toEqual([-1, EISDIR]);
    expect(failing(m, () => call(m, 'rename', 'd', 'f'))).toEqual([-1, ENOTDIR]);
    expect(failing(m, () => call(m, 'rename', 'd', 'full'))).toEqual([-1, ENOTEMPTY]);
    expect(failing(m, () => call(m, 'rename', 'f', 'g/'))).toEqual([-1, ENOTDIR]);
    expect(failing(m, () => call(m, 'rename', '.', 'z'))).toEqual([-1, EBUSY]);
  });

  it('is exported for stdio as renamePath and removePath (which also removes directories)', () => {
    const m = fsMachine();
    call(m, 'mkdir', 'd', 0o755);
    expect(renamePath(m, 'd', 'e').ok).toBe(true);
    expect(removePath(m, 'e')).toEqual({ ok: true, value: 0 });
    expect(removePath(m, 'e')).toEqual({ ok: false, errno: ENOENT });
  });
});

describe('access, chmod, truncate, fsync', () => {
  it('checks R_OK, W_OK and X_OK against the mode', () => {
    const m = fsMachine();
    open(m, 'f', O.CREAT | O.WRONLY, 0o640);
    expect(call(m, 'access', 'f', 0)).toBe(0);
    expect(call(m, 'access', 'f', 6)).toBe(0);
    expect(failing(m, () => call(m, 'access', 'f', 1))).toEqual([-1, EACCES]);
    expect(failing(m, () => call(m, 'access', 'f', 8))).toEqual([-1, EINVAL]);
    expect(failing(m, () => call(m, 'access', 'g', 0))).toEqual([-1, ENOENT]);
  });

  it('chmod changes only what the program owns', () => {
    const m = fsMachine();
    open(m, 'f', O.CREAT | O.WRONLY, 0o644);
    expect(call(m, 'chmod', 'f', 0o600)).toBe(0);
    expect(statOf(m, 'stat', 'f').mode).toBe(0o100600);
    expect(failing(m, () => call(m, 'chmod', '/tmp', 0o777))).toEqual([-1, EPERM]);
  });

  it('ftruncate grows with zeros, shrinks, and needs a writable regular file', () => {
    const m = fsMachine();
    const fd = open(m, 'f', O.CREAT | O.RDWR, 0o644);
    write(m, fd, 'abcdef');
    expect(m.call('ftruncate', [fd, 3])).toBe(0);
    expect(m.call('ftruncate', [fd, 5])).toBe(0);
    m.call('lseek', [fd, 0, 0]);
    expect(read(m, fd, 10)).toBe('abc\0\0');
    const ro = open(m, 'f', O.RDONLY);
    expect(failing(m, () => Number(m.call('ftruncate', [ro, 0])))).toEqual([-1, EINVAL]);
    expect(failing(m, () => Number(m.call('ftruncate', [fd, -1])))).toEqual([-1, EINVAL]);
    expect(failing(m, () => call(m, 'truncate', '.', 0))).toEqual([-1, EISDIR]);
  });

  it('fsync succeeds on files and is EINVAL on a pipe', () => {
    const m = fsMachine();
    const fd = open(m, 'f', O.CREAT | O.RDWR, 0o644);
    expect(m.call('fsync', [fd])).toBe(0);
    expect(failing(m, () => Number(m.call('fsync', [1])))).toEqual([-1, EINVAL]);
  });
});

describe('getcwd and chdir', () => {
  it('prints the host-looking working directory and follows chdir', () => {
    const m = fsMachine();
    const buf = m.buffer(64);
    expect(m.readResult(m.call('getcwd', [buf, 64]))).toBe('/home/user/proj');
    call(m, 'mkdir', 'sub', 0o755);
    expect(call(m, 'chdir', 'sub')).toBe(0);
    expect(m.readResult(m.call('getcwd', [buf, 64]))).toBe('/home/user/proj/sub');
    expect(call(m, 'chdir', '..')).toBe(0);
    expect(call(m, 'chdir', '/tmp')).toBe(0);
    expect(m.readResult(m.call('getcwd', [buf, 64]))).toBe('/tmp');
  });

  it('reports ERANGE for a buffer too small and EINVAL for size 0', () => {
    const m = fsMachine();
    const buf = m.buffer(8);
    expect(failing(m, () => (m.callPtr('getcwd', [buf, 8]).addr === 0 ? -1 : 0))).toEqual([-1, ERANGE]);
    expect(failing(m, () => (m.callPtr('getcwd', [buf, 0]).addr === 0 ? -1 : 0))).toEqual([-1, EINVAL]);
  });

  it('checks the whole buffer the caller claims, even when the path is shorter', () => {
    const m = fsMachine();
    expect(ubOf(() => m.call('getcwd', [m.buffer(16), 4096])).kind).toBe('out-of-bounds');
  });

  it('allocates the buffer for getcwd(NULL, 0), which the program frees', () => {
    const m = fsMachine();
    const p = m.callPtr('getcwd', [{ addr: 0, prov: 0 }, 0]);
    expect(m.read(p)).toBe('/home/user/proj');
    expect(m.mem.kind(p.prov)).toBe('heap');
    expect(m.mem.size(p.prov)).toBe(16);
  });

  it('reports ENOENT after the working directory was removed', () => {
    const m = fsMachine();
    call(m, 'mkdir', 'gone', 0o755);
    call(m, 'chdir', 'gone');
    expect(call(m, 'rmdir', '../gone')).toBe(0);
    expect(failing(m, () => (m.callPtr('getcwd', [m.buffer(64), 64]).addr === 0 ? -1 : 0))).toEqual([-1, ENOENT]);
    expect(failing(m, () => open(m, 'x', O.CREAT | O.WRONLY, 0o644))).toEqual([-1, ENOENT]);
  });

  it('reports ENOTDIR for chdir to a file and fchdir to a file fd', () => {
    const m = fsMachine();
    const fd = open(m, 'f', O.CREAT | O.WRONLY, 0o644);
    expect(failing(m, () => call(m, 'chdir', 'f'))).toEqual([-1, ENOTDIR]);
    expect(failing(m, () => Number(m.call('fchdir', [fd])))).toEqual([-1, ENOTDIR]);
    const d = open(m, '/tmp', O.RDONLY);
    expect(m.call('fchdir', [d])).toBe(0);
    expect(m.readResult(m.call('getcwd', [m.buffer(64), 64]))).toBe('/tmp');
  });
});
