import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EACCES, EBUSY, EIO, ENOENT, ENOSPC, ENOTEMPTY, EROFS, EXDEV } from '../../../../src/shims/errno.js';
import { hostErrno } from '../../../../src/shims/unix/fs-host.js';
import { call, failing, fsMachine, O, open, read, scratch, statOf, write } from './fs-helpers.js';

const dirs: string[] = [];
function host(): string {
  const d = scratch();
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('isolation (the default)', () => {
  it('never creates, changes or removes host files, even in the host\'s working directory', () => {
    const here = host();
    writeFileSync(join(here, 'existing'), 'host data');
    const m = fsMachine({}, here);
    expect(failing(m, () => open(m, 'existing', O.RDONLY))).toEqual([-1, ENOENT]);
    write(m, open(m, 'new', O.CREAT | O.WRONLY, 0o644), 'virtual');
    call(m, 'mkdir', 'dir', 0o755);
    expect(readdirSync(here)).toEqual(['existing']);
  });

  it('starts with an empty working directory at the host\'s path', () => {
    const m = fsMachine({}, '/some/where');
    const d = m.callPtr('opendir', [m.cstr('.')]);
    m.callPtr('readdir', [d]);
    m.callPtr('readdir', [d]);
    expect(m.callPtr('readdir', [d]).addr).toBe(0);
    expect(statOf(m, 'stat', '/some').uid).toBe(0);
    expect(statOf(m, 'stat', '/some/where').uid).toBe(1000);
  });
});

describe('--mount host:guest', () => {
  it('shows a host directory read-only at the guest path, read when first needed', () => {
    const data = host();
    writeFileSync(join(data, 'in.txt'), 'from the host');
    mkdirSync(join(data, 'nested'));
    writeFileSync(join(data, 'nested', 'deep'), 'deep');
    const m = fsMachine({ mounts: [{ host: data, guest: '/data' }] });
    expect(read(m, open(m, '/data/in.txt', O.RDONLY), 100)).toBe('from the host');
    expect(read(m, open(m, '/data/nested/deep', O.RDONLY), 100)).toBe('deep');
    expect(statOf(m, 'stat', '/data/in.txt').size).toBe(13);
  });

  it('reports EROFS for every change inside the mount', () => {
    const data = host();
    writeFileSync(join(data, 'f'), 'x');
    const m = fsMachine({ mounts: [{ host: data, guest: 'ro' }] });
    expect(failing(m, () => open(m, 'ro/f', O.WRONLY))).toEqual([-1, EROFS]);
    expect(failing(m, () => open(m, 'ro/new', O.CREAT | O.WRONLY, 0o644))).toEqual([-1, EROFS]);
    expect(failing(m, () => call(m, 'unlink', 'ro/f'))).toEqual([-1, EROFS]);
    expect(failing(m, () => call(m, 'mkdir', 'ro/d', 0o755))).toEqual([-1, EROFS]);
    expect(failing(m, () => call(m, 'access', 'ro/f', 2))).toEqual([-1, EROFS]);
    expect(failing(m, () => call(m, 'rmdir', 'ro'))).toEqual([-1, EBUSY]);
    expect(readFileSync(join(data, 'f'), 'utf8')).toBe('x');
  });

  it('leaves symbolic links out, so nothing outside the mount is reachable', () => {
    const data = host();
    const outside = host();
    writeFileSync(join(outside, 'secret'), 'no');
    symlinkSync(join(outside, 'secret'), join(data, 'link'));
    symlinkSync(outside, join(data, 'dirlink'));
    const m = fsMachine({ mounts: [{ host: data, guest: '/data' }] });
    expect(failing(m, () => open(m, '/data/link', O.RDONLY))).toEqual([-1, ENOENT]);
    expect(failing(m, () => open(m, '/data/dirlink/secret', O.RDONLY))).toEqual([-1, ENOENT]);
    expect(failing(m, () => open(m, '/data/../../etc/passwd', O.RDONLY))).toEqual([-1, ENOENT]);
  });
});

describe('--disable-isolation', () => {
  it('reads and writes the host\'s files under the working directory', () => {
    const here = host();
    writeFileSync(join(here, 'input'), 'abc');
    const m = fsMachine({ isolation: false }, here);
    expect(read(m, open(m, 'input', O.RDONLY), 10)).toBe('abc');
    const fd = open(m, 'output', O.CREAT | O.WRONLY, 0o644);
    write(m, fd, 'written');
    expect(readFileSync(join(here, 'output'), 'utf8')).toBe('written');
    expect(m.call('ftruncate', [fd, 3])).toBe(0);
    expect(readFileSync(join(here, 'output'), 'utf8')).toBe('wri');
  });

  it('runs the program as the host user (as getuid says then)', () => {
    const here = host();
    const m = fsMachine({ isolation: false }, here);
    expect(statOf(m, 'stat', '.').uid).toBe(process.getuid?.() ?? 1000);
    expect(statOf(m, 'fstat', open(m, 'new', O.CREAT | O.WRONLY, 0o644)).uid).toBe(process.getuid?.() ?? 1000);
  });

  it('creates, renames and removes host files and directories', () => {
    const here = host();
    const m = fsMachine({ isolation: false }, here);
    call(m, 'mkdir', 'd', 0o755);
    write(m, open(m, 'd/f', O.CREAT | O.WRONLY, 0o644), 'x');
    expect(call(m, 'rename', 'd', 'e')).toBe(0);
    expect(readFileSync(join(here, 'e', 'f'), 'utf8')).toBe('x');
    write(m, open(m, 'e/f', O.WRONLY | O.APPEND), 'y');
    expect(readFileSync(join(here, 'e', 'f'), 'utf8')).toBe('xy');
    expect(call(m, 'unlink', 'e/f')).toBe(0);
    expect(call(m, 'rmdir', 'e')).toBe(0);
    expect(existsSync(join(here, 'e'))).toBe(false);
  });

  it('keeps everything outside the working directory virtual', () => {
    const here = host();
    const m = fsMachine({ isolation: false }, join(here, 'inner'));
    mkdirSync(join(here, 'inner'));
    writeFileSync(join(here, 'beside'), 'not granted');
    expect(failing(m, () => open(m, '../beside', O.RDONLY))).toEqual([-1, ENOENT]);
    // EACCES for an ordinary user; root may create it, but only in the virtual tree.
    const made = failing(m, () => open(m, '../made', O.CREAT | O.WRONLY, 0o644));
    expect(made[0] >= 0 || made[1] === EACCES).toBe(true);
    expect(existsSync(join(here, 'made'))).toBe(false);
    expect(open(m, '/tmp/virtual', O.CREAT | O.WRONLY, 0o644)).toBeGreaterThan(0);
    expect(failing(m, () => call(m, 'rename', '/tmp/virtual', 'here'))).toEqual([-1, EXDEV]);
  });

  it('keeps an open file readable after another name replaced it', () => {
    const here = host();
    writeFileSync(join(here, 'old'), 'old contents');
    writeFileSync(join(here, 'new'), 'new');
    const m = fsMachine({ isolation: false }, here);
    const fd = open(m, 'old', O.RDONLY);
    expect(call(m, 'rename', 'new', 'old')).toBe(0);
    expect(read(m, fd, 100)).toBe('old contents');
    expect(read(m, open(m, 'old', O.RDONLY), 100)).toBe('new');
  });
});

describe('host errors', () => {
  it('become the errno Linux would give, never a JS exception', () => {
    const here = host();
    mkdirSync(join(here, 'cwd'));
    const m = fsMachine({ isolation: false }, join(here, 'cwd'));
    rmSync(join(here, 'cwd'), { recursive: true });
    expect(failing(m, () => open(m, 'new', O.CREAT | O.WRONLY, 0o644))).toEqual([-1, ENOENT]);
    expect(failing(m, () => call(m, 'mkdir', 'd', 0o755))).toEqual([-1, ENOENT]);
  });

  it('maps Node.js error codes by name and anything unknown to EIO', () => {
    expect(hostErrno({ code: 'ENOSPC' })).toBe(ENOSPC);
    expect(hostErrno({ code: 'ENOTEMPTY' })).toBe(ENOTEMPTY);
    expect(hostErrno({ code: 'ERR_SOMETHING' })).toBe(EIO);
    expect(hostErrno(new Error('no code'))).toBe(EIO);
  });
});

