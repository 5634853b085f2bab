/**
 * Helpers for the file-system shim tests: a machine with a fresh virtual file
 * system (optionally rooted at a scratch host directory for --mount and
 * --disable-isolation), and one-line wrappers that call the shims as C would.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeMachine, vi } from '../fake-machine.js';
import { machine } from './fd-helpers.js';
import { Vfs } from '../../../../src/shims/unix/vfs.js';
import type { CiriConfig } from '../../../../src/config.js';

/** A machine whose file system treats `here` as the host's working directory (a fixed path by default). */
export function fsMachine(overrides: Partial<CiriConfig> = {}, here = '/home/user/proj'): FakeMachine {
  const m = machine({ shortIo: false, ...overrides });
  m.shimState.set('vfs', new Vfs(m, here));
  return m;
}

/** A new empty host directory for tests that reach the host. */
export function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'ciri-vfs-test-'));
}

export const O = {
  RDONLY: 0, WRONLY: 1, RDWR: 2, CREAT: 0o100, EXCL: 0o200, TRUNC: 0o1000, APPEND: 0o2000, NONBLOCK: 0o4000,
  DIRECTORY: 0o200000, CLOEXEC: 0o2000000, TMPFILE: 0o20200000, LARGEFILE: 0o100000,
};

export function open(m: FakeMachine, path: string, flags: number, mode?: number): number {
  return m.call('open', [m.cstr(path), flags], mode === undefined ? [] : [vi(mode)]) as number;
}

export function write(m: FakeMachine, fd: number, s: string): number {
  const bytes = Buffer.from(s, 'latin1');
  return Number(m.call('write', [fd, m.buffer(Math.max(bytes.length, 1), 'stack', bytes), bytes.length]));
}

export function read(m: FakeMachine, fd: number, len: number): string {
  const buf = m.buffer(Math.max(len, 1));
  const n = Number(m.call('read', [fd, buf, len]));
  if (n < 0) return `-1 errno ${m.errno}`;
  return Buffer.from(m.mem.readBytes(buf, n, true)).toString('latin1');
}

export function call(m: FakeMachine, name: string, ...paths: (string | number)[]): number {
  return Number(m.call(name, paths.map((p) => (typeof p === 'string' ? m.cstr(p) : p))));
}

/** A call's result and errno, as "-1 ENOENT"-style numbers: [result, errno]. */
export function failing(m: FakeMachine, f: () => number): [number, number] {
  m.setErrno(0);
  const r = f();
  return [r, m.errno];
}

/** struct stat fields from a 144-byte buffer. */
export function statOf(m: FakeMachine, name: string, ...args: (string | number)[]): { r: number; mode: number; size: number; nlink: number; ino: number; uid: number; blocks: number } {
  const buf = m.buffer(144);
  const r = Number(m.call(name, [...args.map((p) => (typeof p === 'string' ? m.cstr(p) : p)), buf]));
  if (r !== 0) return { r, mode: 0, size: 0, nlink: 0, ino: 0, uid: 0, blocks: 0 };
  const v = new DataView(m.mem.readBytes(buf, 144, true).buffer);
  return {
    r, ino: Number(v.getBigUint64(8, true)), nlink: Number(v.getBigUint64(16, true)), mode: v.getUint32(24, true),
    uid: v.getUint32(28, true), size: Number(v.getBigInt64(48, true)), blocks: Number(v.getBigInt64(64, true)),
  };
}
