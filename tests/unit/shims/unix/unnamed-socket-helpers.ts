/**
 * Helpers for the pipe, socket pair, eventfd, epoll and poll unit tests:
 * create fds through the shims as a C program would and move strings
 * through them.
 */
import { expect } from 'vitest';
import type { FakeMachine } from '../fake-machine.js';

export const O_NONBLOCK = 0o4000;
export const O_CLOEXEC = 0o2000000;
export const AF_UNIX = 1;
export const SOCK_STREAM = 1;
export const SOCK_DGRAM = 2;
export const SOCK_SEQPACKET = 5;
export const SOCK_NONBLOCK = 0o4000;

/** pipe2(fds, flags): [read end, write end]. */
export function pipeFds(m: FakeMachine, flags = 0): [number, number] {
  const fds = m.buffer(8);
  expect(m.call('pipe2', [fds, flags])).toBe(0);
  return [Number(m.mem.loadScalar(fds, 'i32')), Number(m.mem.loadScalar({ addr: fds.addr + 4, prov: fds.prov }, 'i32'))];
}

/** socketpair(AF_UNIX, type, 0, fds). */
export function pairFds(m: FakeMachine, type = SOCK_STREAM): [number, number] {
  const fds = m.buffer(8);
  expect(m.call('socketpair', [AF_UNIX, type, 0, fds])).toBe(0);
  return [Number(m.mem.loadScalar(fds, 'i32')), Number(m.mem.loadScalar({ addr: fds.addr + 4, prov: fds.prov }, 'i32'))];
}

/** write(fd, s, strlen(s)). */
export function put(m: FakeMachine, fd: number, s: string): number {
  return Number(m.call('write', [fd, m.cstr(s), s.length]));
}

/** read(fd, buf, n): the count and the text read. */
export function take(m: FakeMachine, fd: number, n: number): { n: number; text: string } {
  const buf = m.buffer(Math.max(n, 1));
  const r = Number(m.call('read', [fd, buf, n]));
  const text = r > 0 ? Buffer.from(m.mem.readBytes(buf, r, true)).toString('latin1') : '';
  return { n: r, text };
}

/** The shim's result and errno (errno reset to 0 first). */
export function withErrno(m: FakeMachine, f: () => unknown): [number, number] {
  m.setErrno(0);
  const r = Number(f());
  return [r, m.errno];
}
