import { describe, expect, it } from 'vitest';
import { Deadlocked, FakeMachine, ubOf } from '../fake-machine.js';
import { fdRead, fdWrite } from '../../../../src/shims/unix/fd.js';
import { fail, fdTable, FileDescription, type IoResult, O_APPEND, O_NONBLOCK, O_RDONLY, O_RDWR, O_WRONLY } from '../../../../src/shims/files.js';
import { bytes, FakePipe, install, machine, MemFile, text } from './fd-helpers.js';

const EBADF = 9, EAGAIN = 11, EINVAL = 22, ESPIPE = 29;

/** How many bytes each of `calls` reads of `len` from a large file moved, under `seed`. */
function readSizes(m: FakeMachine, len: number, calls: number): number[] {
  const fd = install(m, new MemFile(new Uint8Array(1 << 16)));
  const out: number[] = [];
  for (let i = 0; i < calls; i++) {
    const r = fdRead(m, fd, len);
    if (!r.ok) throw new Error('read failed');
    out.push(r.value.length);
  }
  return out;
}

describe('the access mode', () => {
  it('refuses to read a write-only fd and to write a read-only one with EBADF', () => {
    const m = machine();
    const wo = install(m, new MemFile(bytes('abc'), {}, O_WRONLY));
    const ro = install(m, new MemFile(bytes('abc'), {}, O_RDONLY));
    expect(fdRead(m, wo, 3)).toEqual({ ok: false, errno: EBADF });
    expect(fdWrite(m, ro, bytes('x'))).toEqual({ ok: false, errno: EBADF });
    expect(m.call('read', [wo, m.buffer(4), 3])).toBe(-1);
    expect(m.errno).toBe(EBADF);
  });

  it('makes stdin read-only and stdout write-only when they are not terminals', () => {
    const m = machine();
    expect(fdWrite(m, 0, bytes('x'))).toEqual({ ok: false, errno: EBADF });
    expect(fdRead(m, 1, 1)).toEqual({ ok: false, errno: EBADF });
  });

  it('moves nothing for a count of zero, even at end of file', () => {
    const m = machine();
    const fd = install(m, new MemFile(bytes('')));
    expect(m.call('read', [fd, m.buffer(1), 0])).toBe(0);
    expect(m.call('write', [fd, m.buffer(1), 0])).toBe(0);
  });

  it('never waits for a count of zero, even where a longer transfer would block', () => {
    const m = machine();
    const fd = install(m, new FakePipe());
    expect(m.call('read', [fd, m.buffer(1), 0])).toBe(0);
    expect(m.call('write', [fd, m.buffer(1), 0])).toBe(0);
  });

  it('still hands a count of zero to the description, which may refuse it', () => {
    const m = machine();
    class EightBytesOnly extends FileDescription {
      override read(): IoResult<Uint8Array> { return fail(EINVAL); }
    }
    const fd = install(m, new EightBytesOnly('eventfd'));
    expect(m.call('read', [fd, m.buffer(1), 0])).toBe(-1);
    expect(m.errno).toBe(EINVAL);
  });
});

describe('the standard streams', () => {
  it('are always ready: stdin for reading (bytes or end of file), stdout and stderr for writing', () => {
    const t = fdTable(machine());
    expect(t.get(0)!.readiness()).toMatchObject({ readable: true, writable: false });
    expect(t.get(1)!.readiness()).toMatchObject({ readable: false, writable: true });
    expect(t.get(2)!.readiness()).toMatchObject({ readable: false, writable: true });
  });

  it('never shorten a transfer, whatever the seed', () => {
    const m = machine({ stdin: () => new Uint8Array(64) });
    for (let i = 0; i < 8; i++) expect(fdRead(m, 0, 8)).toMatchObject({ ok: true, value: { length: 8 } });
  });
});

describe('validation before the call acts', () => {
  it('reports a too-small read buffer even when fewer bytes are waiting than it holds', () => {
    const m = machine();
    const fd = install(m, new MemFile(bytes('ab')));
    expect(ubOf(() => m.call('read', [fd, m.buffer(4), 16]))).toMatchObject({ kind: 'out-of-bounds', access: 'write' });
    expect((fdTable(m).get(fd) as MemFile).pos).toBe(0);
  });

  it('checks the buffer before the fd, so a bad buffer on a closed fd is still reported', () => {
    const m = machine();
    expect(ubOf(() => m.call('read', [42, m.buffer(2), 3]))).toMatchObject({ kind: 'out-of-bounds' });
    expect(ubOf(() => m.call('pwrite', [42, m.buffer(4), 4, 0]))).toMatchObject({ kind: 'uninitialized-read' });
  });
});

describe('pread and pwrite', () => {
  it('read and write at an offset without moving the file offset', () => {
    const m = machine({ shortIo: false });
    const f = new MemFile(bytes('hello world'));
    const fd = install(m, f);
    const buf = m.buffer(5);
    expect(m.call('pread', [fd, buf, 5, 6])).toBe(5);
    expect(text(m.mem.readBytes(buf, 5, true))).toBe('world');
    expect(m.call('pwrite', [fd, m.cstr('J'), 1, 0])).toBe(1);
    expect(text(f.bytes)).toBe('Jello world');
    expect(f.pos).toBe(0);
  });

  it('fails with ESPIPE on a stream, EINVAL for a negative offset and EBADF for a closed fd', () => {
    const m = machine();
    expect(m.call('pwrite', [1, m.cstr('x'), 1, 0])).toBe(-1);
    expect(m.errno).toBe(ESPIPE);
    const fd = install(m, new MemFile(bytes('abc')));
    expect(m.call('pread', [fd, m.buffer(1), 1, -1])).toBe(-1);
    expect(m.errno).toBe(EINVAL);
    expect(m.call('pread', [9, m.buffer(1), 1, 0])).toBe(-1);
    expect(m.errno).toBe(EBADF);
  });
});

describe('O_APPEND', () => {
  it('is left to the description, which appends whatever the offset', () => {
    const m = machine({ shortIo: false });
    const f = new MemFile(bytes('ab'), {}, O_RDWR | O_APPEND);
    const fd = install(m, f);
    expect(m.call('write', [fd, m.cstr('cd'), 2])).toBe(2);
    expect(m.call('lseek', [fd, 0, 0])).toBe(0);
    expect(m.call('write', [fd, m.cstr('e'), 1])).toBe(1);
    expect(text(f.bytes)).toBe('abcde');
  });
});

describe('short reads and writes', () => {
  it('halves some transfers on a regular file, never below half and never to zero', () => {
    const sizes = readSizes(machine(), 9, 64);
    expect(new Set(sizes)).toEqual(new Set([4, 9]));
  });

  it('shortens the same transfers under the same seed and others under another', () => {
    expect(readSizes(machine({ seed: 3 }), 8, 32)).toEqual(readSizes(machine({ seed: 3 }), 8, 32));
    expect(readSizes(machine({ seed: 3 }), 8, 32)).not.toEqual(readSizes(machine({ seed: 4 }), 8, 32));
  });

  it('never shortens a 1-byte transfer', () => {
    expect(new Set(readSizes(machine(), 1, 32))).toEqual(new Set([1]));
  });

  it('is off with --no-short-io', () => {
    expect(new Set(readSizes(machine({ shortIo: false }), 8, 32))).toEqual(new Set([8]));
  });

  it('shortens writes too, taking the first half of the data', () => {
    const m = machine();
    const f = new MemFile();
    const fd = install(m, f);
    const counts: number[] = [];
    let written = '';
    for (let i = 0; i < 16; i++) {
      const r = fdWrite(m, fd, bytes('abcdef'));
      if (!r.ok) throw new Error('write failed');
      counts.push(r.value);
      written += 'abcdef'.slice(0, r.value);
    }
    expect(new Set(counts)).toEqual(new Set([3, 6]));
    expect(text(f.bytes)).toBe(written);
  });

  it('never shortens pipes or the standard streams', () => {
    const m = machine();
    const fd = install(m, new FakePipe(new Uint8Array(4096)));
    for (let i = 0; i < 16; i++) expect(fdRead(m, fd, 8)).toMatchObject({ ok: true, value: { length: 8 } });
    for (let i = 0; i < 16; i++) expect(m.call('write', [1, m.cstr('0123456789'), 10])).toBe(10);
  });
});

describe('a transfer that would block', () => {
  it('fails with EAGAIN on a non-blocking description', () => {
    const m = machine();
    const p = new FakePipe();
    p.statusFlags = O_RDWR | O_NONBLOCK;
    const fd = install(m, p);
    expect(m.call('read', [fd, m.buffer(4), 4])).toBe(-1);
    expect(m.errno).toBe(EAGAIN);
    expect(m.call('write', [fd, m.cstr('x'), 1])).toBe(-1);
    expect(m.errno).toBe(EAGAIN);
  });

  it('fails with EAGAIN when the caller asks for non-blocking (MSG_DONTWAIT)', () => {
    const m = machine();
    const fd = install(m, new FakePipe());
    expect(fdRead(m, fd, 4, { nonblock: true })).toEqual({ ok: false, errno: EAGAIN });
  });

  it('blocks the only thread otherwise, which is a deadlock naming the fd and the reason', () => {
    const m = machine();
    const fd = install(m, new FakePipe());
    expect(() => m.call('read', [fd, m.buffer(4), 4])).toThrow(Deadlocked);
    expect(() => m.call('read', [fd, m.buffer(4), 4])).toThrow(/read from fd 3 \(pipe\): the pipe is empty/);
  });

  it('reads what is waiting without blocking when the pipe is not empty', () => {
    const m = machine();
    const fd = install(m, new FakePipe(bytes('hi')));
    const buf = m.buffer(8);
    expect(m.call('read', [fd, buf, 8])).toBe(2);
    expect(text(m.mem.readBytes(buf, 2, true))).toBe('hi');
  });
});
