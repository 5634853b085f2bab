import { describe, expect, it } from 'vitest';
import { Deadlocked, Unsupported, vi, vp } from '../fake-machine.js';
import {
  fdTable, FileDescription, type FileKind, O_APPEND, O_NONBLOCK, O_RDONLY, O_RDWR, O_WRONLY, OutputDescription, StdinDescription,
} from '../../../../src/shims/files.js';
import { bytes, FakePipe, install, machine, MemFile } from './fd-helpers.js';

const EBADF = 9, EAGAIN = 11, EINVAL = 22, ENOTTY = 25, ESPIPE = 29;
const F_DUPFD = 0, F_GETFD = 1, F_SETFD = 2, F_GETFL = 3, F_SETFL = 4, F_SETLK = 6, F_DUPFD_CLOEXEC = 1030;
const FIONREAD = 0x541b, FIONBIO = 0x5421, FIONCLEX = 0x5450, FIOCLEX = 0x5451, TIOCGWINSZ = 0x5413;
const LOCK_SH = 1, LOCK_EX = 2, LOCK_NB = 4, LOCK_UN = 8;
const O_CLOEXEC = 0o2000000;

class Terminal extends FileDescription {
  override get kind(): FileKind { return 'terminal'; }
}

describe('dup, dup2, dup3', () => {
  it('gives dup the lowest free fd and fails with EBADF for a closed one', () => {
    const m = machine();
    expect(m.call('close', [0])).toBe(0);
    expect(m.call('dup', [2])).toBe(0);
    expect(m.call('dup', [2])).toBe(3);
    expect(m.call('dup', [40])).toBe(-1);
    expect(m.errno).toBe(EBADF);
  });

  it('makes dup2 onto the same fd a no-op that still checks the fd', () => {
    const m = machine();
    expect(m.call('dup2', [1, 1])).toBe(1);
    expect(m.call('dup2', [9, 9])).toBe(-1);
    expect(m.errno).toBe(EBADF);
    expect(m.call('dup2', [1, -1])).toBe(-1);
    expect(m.errno).toBe(EBADF);
  });

  it('makes dup2 close the target and share the description', () => {
    const m = machine();
    const f = new MemFile();
    const fd = install(m, f);
    expect(m.call('dup2', [fd, 1])).toBe(1);
    expect(m.call('write', [1, m.cstr('x'), 1])).toBe(1);
    expect(m.stdout()).toBe('');
    expect(f.bytes).toEqual(bytes('x'));
  });

  it('fails dup3 with EINVAL for equal fds or unknown flags, even on a closed fd', () => {
    const m = machine();
    expect(m.call('dup3', [1, 1, 0])).toBe(-1);
    expect(m.errno).toBe(EINVAL);
    expect(m.call('dup3', [99, 99, 0])).toBe(-1);
    expect(m.errno).toBe(EINVAL);
    expect(m.call('dup3', [1, 5, 1])).toBe(-1);
    expect(m.errno).toBe(EINVAL);
    expect(m.call('dup3', [99, 5, 0])).toBe(-1);
    expect(m.errno).toBe(EBADF);
  });

  it('sets FD_CLOEXEC on the new fd of dup3 with O_CLOEXEC and never on dup or dup2', () => {
    const m = machine();
    expect(m.call('dup3', [1, 7, O_CLOEXEC])).toBe(7);
    expect(m.call('fcntl', [7, F_GETFD])).toBe(1);
    expect(m.call('dup', [7])).toBe(3);
    expect(m.call('fcntl', [3, F_GETFD])).toBe(0);
    expect(m.call('dup2', [7, 8])).toBe(8);
    expect(m.call('fcntl', [8, F_GETFD])).toBe(0);
  });
});

describe('fcntl', () => {
  it('keeps FD_CLOEXEC per fd, not per description', () => {
    const m = machine();
    const fd = install(m, new MemFile());
    const copy = m.call('dup', [fd]) as number;
    expect(m.call('fcntl', [fd, F_SETFD], [vi(3)])).toBe(0);
    expect(m.call('fcntl', [fd, F_GETFD])).toBe(1);
    expect(m.call('fcntl', [copy, F_GETFD])).toBe(0);
  });

  it('duplicates onto the lowest free fd at or above the minimum', () => {
    const m = machine();
    install(m, new MemFile());
    expect(m.call('fcntl', [1, F_DUPFD], [vi(3)])).toBe(4);
    expect(m.call('fcntl', [1, F_DUPFD_CLOEXEC], [vi(3)])).toBe(5);
    expect(m.call('fcntl', [5, F_GETFD])).toBe(1);
    expect(m.call('fcntl', [4, F_GETFD])).toBe(0);
    expect(m.call('fcntl', [1, F_DUPFD], [vi(-1)])).toBe(-1);
    expect(m.errno).toBe(EINVAL);
    expect(m.call('fcntl', [1, F_DUPFD], [vi(1024)])).toBe(-1);
    expect(m.errno).toBe(EINVAL);
  });

  it('reports the access mode of the standard streams and of a description', () => {
    const m = machine();
    expect(m.call('fcntl', [0, F_GETFL])).toBe(O_RDONLY);
    expect(m.call('fcntl', [1, F_GETFL])).toBe(O_WRONLY);
    expect(m.call('fcntl', [2, F_GETFL])).toBe(O_WRONLY);
    const fd = install(m, new MemFile(undefined, {}, O_RDWR | O_APPEND));
    expect(m.call('fcntl', [fd, F_GETFL])).toBe(O_RDWR | O_APPEND);
  });

  it('shows a terminal standard stream as read-write with O_LARGEFILE, as Linux shows a tty the shell opened', () => {
    const m = machine();
    fdTable(m).dup2(m, install(m, new StdinDescription(true)), 0);
    fdTable(m).dup2(m, install(m, new OutputDescription(1, true)), 1);
    expect(m.call('fcntl', [0, F_GETFL])).toBe(0o100002);
    expect(m.call('fcntl', [1, F_GETFL])).toBe(0o100002);
    expect(m.call('isatty', [0])).toBe(1);
    expect(m.call('isatty', [1])).toBe(1);
  });

  it('changes only O_APPEND and O_NONBLOCK, for every fd sharing the description', () => {
    const m = machine();
    const fd = install(m, new MemFile(undefined, {}, O_RDONLY));
    const copy = m.call('dup', [fd]) as number;
    expect(m.call('fcntl', [fd, F_SETFL], [vi(O_WRONLY | O_NONBLOCK | O_APPEND | O_CLOEXEC)])).toBe(0);
    expect(m.call('fcntl', [copy, F_GETFL])).toBe(O_RDONLY | O_NONBLOCK | O_APPEND);
    expect(m.call('fcntl', [copy, F_SETFL], [vi(0)])).toBe(0);
    expect(m.call('fcntl', [fd, F_GETFL])).toBe(O_RDONLY);
  });

  it('makes a read that would block fail with EAGAIN once O_NONBLOCK is set', () => {
    const m = machine();
    const fd = install(m, new FakePipe());
    expect(m.call('fcntl', [fd, F_SETFL], [vi(O_NONBLOCK)])).toBe(0);
    expect(m.call('read', [fd, m.buffer(1), 1])).toBe(-1);
    expect(m.errno).toBe(EAGAIN);
  });

  it('fails with EBADF on a closed fd and EINVAL for an unknown command, and stops on record locks', () => {
    const m = machine();
    expect(m.call('fcntl', [30, F_GETFD])).toBe(-1);
    expect(m.errno).toBe(EBADF);
    expect(m.call('fcntl', [1, 9999])).toBe(-1);
    expect(m.errno).toBe(EINVAL);
    expect(() => m.call('fcntl', [1, F_SETLK], [vp(m.buffer(32))])).toThrow(Unsupported);
  });
});

describe('ioctl', () => {
  it('sets and clears FD_CLOEXEC with FIOCLEX and FIONCLEX', () => {
    const m = machine();
    expect(m.call('ioctl', [1, FIOCLEX])).toBe(0);
    expect(m.call('fcntl', [1, F_GETFD])).toBe(1);
    expect(m.call('ioctl', [1, FIONCLEX])).toBe(0);
    expect(m.call('fcntl', [1, F_GETFD])).toBe(0);
  });

  it('sets and clears O_NONBLOCK with FIONBIO', () => {
    const m = machine();
    const on = m.buffer(4, 'stack', [1, 0, 0, 0]);
    const off = m.buffer(4, 'stack', [0, 0, 0, 0]);
    expect(m.call('ioctl', [1, FIONBIO], [vp(on)])).toBe(0);
    expect(m.call('fcntl', [1, F_GETFL])).toBe(O_WRONLY | O_NONBLOCK);
    expect(m.call('ioctl', [1, FIONBIO], [vp(off)])).toBe(0);
    expect(m.call('fcntl', [1, F_GETFL])).toBe(O_WRONLY);
  });

  it('stores the bytes waiting with FIONREAD', () => {
    const m = machine({ stdin: () => bytes('four') });
    const n = m.buffer(4);
    expect(m.call('ioctl', [0, FIONREAD], [vp(n)])).toBe(0);
    expect(m.mem.loadScalar(n, 'i32')).toBe(4);
    m.call('read', [0, m.buffer(1), 1]);
    m.call('ioctl', [0, FIONREAD], [vp(n)]);
    expect(m.mem.loadScalar(n, 'i32')).toBe(3);
  });

  it('checks the FIONREAD target before the fd', () => {
    const m = machine();
    expect(() => m.call('ioctl', [44, FIONREAD], [vp(m.buffer(2))])).toThrow(/out-of-bounds/);
  });

  it('fails terminal requests on a non-terminal with ENOTTY and any request on a closed fd with EBADF', () => {
    const m = machine();
    expect(m.call('ioctl', [1, TIOCGWINSZ], [vp(m.buffer(8))])).toBe(-1);
    expect(m.errno).toBe(ENOTTY);
    expect(m.call('ioctl', [33, FIOCLEX])).toBe(-1);
    expect(m.errno).toBe(EBADF);
    expect(() => m.call('ioctl', [install(m, new Terminal('tty')), TIOCGWINSZ], [vp(m.buffer(8))])).toThrow(Unsupported);
  });
});

describe('flock', () => {
  it('lets descriptions of one file share LOCK_SH and refuses LOCK_EX with EWOULDBLOCK under LOCK_NB', () => {
    const m = machine();
    const file = {};
    const a = install(m, new MemFile(undefined, file));
    const b = install(m, new MemFile(undefined, file));
    expect(m.call('flock', [a, LOCK_SH])).toBe(0);
    expect(m.call('flock', [b, LOCK_SH | LOCK_NB])).toBe(0);
    expect(m.call('flock', [b, LOCK_EX | LOCK_NB])).toBe(-1);
    expect(m.errno).toBe(EAGAIN);
    expect(m.call('flock', [a, LOCK_UN])).toBe(0);
    expect(m.call('flock', [b, LOCK_EX | LOCK_NB])).toBe(0);
  });

  it('never conflicts with itself: a dup shares the lock and may convert it', () => {
    const m = machine();
    const a = install(m, new MemFile());
    const copy = m.call('dup', [a]) as number;
    expect(m.call('flock', [a, LOCK_EX])).toBe(0);
    expect(m.call('flock', [copy, LOCK_SH | LOCK_NB])).toBe(0);
    expect(m.call('flock', [a, LOCK_EX | LOCK_NB])).toBe(0);
  });

  it('leaves locks of other files alone', () => {
    const m = machine();
    expect(m.call('flock', [install(m, new MemFile()), LOCK_EX])).toBe(0);
    expect(m.call('flock', [install(m, new MemFile()), LOCK_EX | LOCK_NB])).toBe(0);
  });

  it('blocks without LOCK_NB, which with one thread is a deadlock', () => {
    const m = machine();
    const file = {};
    const a = install(m, new MemFile(undefined, file));
    const b = install(m, new MemFile(undefined, file));
    m.call('flock', [a, LOCK_SH]);
    expect(() => m.call('flock', [b, LOCK_EX])).toThrow(Deadlocked);
  });

  it('releases the lock when the last fd of the description closes, not before', () => {
    const m = machine();
    const file = {};
    const a = install(m, new MemFile(undefined, file));
    const copy = m.call('dup', [a]) as number;
    const b = install(m, new MemFile(undefined, file));
    m.call('flock', [a, LOCK_EX]);
    m.call('close', [a]);
    expect(m.call('flock', [b, LOCK_SH | LOCK_NB])).toBe(-1);
    m.call('close', [copy]);
    expect(m.call('flock', [b, LOCK_SH | LOCK_NB])).toBe(0);
  });

  it('fails with EINVAL for a bad operation before looking at the fd, then EBADF', () => {
    const m = machine();
    expect(m.call('flock', [99, 3])).toBe(-1);
    expect(m.errno).toBe(EINVAL);
    expect(m.call('flock', [1, LOCK_NB])).toBe(-1);
    expect(m.errno).toBe(EINVAL);
    expect(m.call('flock', [99, LOCK_SH])).toBe(-1);
    expect(m.errno).toBe(EBADF);
  });
});

describe('lseek and isatty', () => {
  it('moves the offset of a seekable description and returns it', () => {
    const m = machine({ shortIo: false });
    const fd = install(m, new MemFile(bytes('abcdef')));
    expect(m.call('lseek', [fd, 2, 0])).toBe(2);
    expect(m.call('lseek', [fd, 1, 1])).toBe(3);
    expect(m.call('lseek', [fd, -1, 2])).toBe(5);
    const buf = m.buffer(1);
    expect(m.call('read', [fd, buf, 1])).toBe(1);
    expect(m.mem.loadScalar(buf, 'u8')).toBe(0x66);
  });

  it('fails with ESPIPE on a stream, EINVAL for a bad whence and EBADF for a closed fd', () => {
    const m = machine();
    expect(m.call('lseek', [1, 0, 1])).toBe(-1);
    expect(m.errno).toBe(ESPIPE);
    expect(m.call('lseek', [1, 0, 7])).toBe(-1);
    expect(m.errno).toBe(EINVAL);
    expect(m.call('lseek', [12, 0, 0])).toBe(-1);
    expect(m.errno).toBe(EBADF);
  });

  it('answers 1 for a terminal, 0 with ENOTTY otherwise and 0 with EBADF for a closed fd', () => {
    const m = machine();
    expect(m.call('isatty', [install(m, new Terminal('tty'))])).toBe(1);
    expect(m.call('isatty', [1])).toBe(0);
    expect(m.errno).toBe(ENOTTY);
    expect(m.call('isatty', [install(m, new MemFile())])).toBe(0);
    expect(m.errno).toBe(ENOTTY);
    expect(m.call('isatty', [20])).toBe(0);
    expect(m.errno).toBe(EBADF);
  });

  it('sees the standard streams as non-terminals once they are redirected', () => {
    const m = machine();
    for (const fd of [0, 1, 2]) expect(fdTable(m).get(fd)!.kind).toBe('pipe');
  });
});
