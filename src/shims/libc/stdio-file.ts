/**
 * Stream management of <stdio.h>: fdopen, fclose, fflush, the buffering
 * calls (setvbuf, setbuf, setbuffer, setlinebuf), positioning (fseek, ftell,
 * rewind, fgetpos, fsetpos and the off_t forms), and the indicators (feof,
 * ferror, clearerr, fileno). C17 7.21.5, 7.21.9, 7.21.10; POSIX fdopen,
 * fileno, fseeko; glibc's behaviour where they leave a choice.
 *
 * Not here: opening by path (stdio-open.ts, through the virtual file
 * system), the byte transfers (stdio-stream.ts).
 * Invariant: a stream's FILE is validated (streamOf) before anything else is
 * done with it, and a positioning call leaves no buffered bytes behind.
 */
import type { ShimDef, ShimMachine, ShimValue } from '../shim.js';
import { asInt, asPtr } from '../shim.js';
import { offset, readCStringText } from '../access.js';
import { EBADF, EINVAL, ESPIPE } from '../errno.js';
import { fdTable, O_ACCMODE, O_APPEND, O_RDONLY, O_WRONLY } from '../files.js';
import {
  deviceClose, deviceSeek, discardInput, EOF, flushAll, flushOutput, forgetStream, openStream, resetDirection, setBuffering,
  streamOf, type BufferMode, type Stream,
} from './stdio-stream.js';

type Args = ShimValue[];

const SEEK_SET = 0;
const SEEK_CUR = 1;
const SEEK_END = 2;
/** BUFSIZ of include/stdio.h, what setbuf's buffer must hold. */
const BUFSIZ = 8192;
/** sizeof(fpos_t): a long position and an 8-byte mbstate_t. */
const FPOS_SIZE = 16;

/** What a mode string asks for (glibc's _IO_new_file_fopen reading of "r", "w+", "ab", "re", "wx"...). */
export interface OpenMode {
  readonly readable: boolean;
  readonly writable: boolean;
  readonly update: boolean;
  readonly append: boolean;
  /** open(2) flags: access mode, O_CREAT, O_TRUNC, O_APPEND, O_EXCL, O_CLOEXEC. */
  readonly flags: number;
}

/** Parses a mode string; undefined (EINVAL) when it does not start with r, w or a. */
export function parseMode(mode: string): OpenMode | undefined {
  const base = mode[0];
  if (base !== 'r' && base !== 'w' && base !== 'a') return undefined;
  let update = false;
  let extra = 0;
  for (const c of mode.slice(1, 7)) {
    if (c === ',') break;
    if (c === '+') update = true;
    else if (c === 'x') extra |= 0o200; // O_EXCL
    else if (c === 'e') extra |= 0o2000000; // O_CLOEXEC
  }
  const creat = base === 'r' ? 0 : 0o100 | (base === 'w' ? 0o1000 : O_APPEND); // O_CREAT | O_TRUNC / O_APPEND
  const access = update ? 2 : base === 'r' ? O_RDONLY : O_WRONLY;
  return { readable: update || base === 'r', writable: update || base !== 'r', update, append: base === 'a', flags: access | creat | extra };
}

/** POSIX fdopen: the mode must be allowed by the fd's access mode; "a" sets O_APPEND on the description. */
export function fdopen(m: ShimMachine, a: Args): ShimValue {
  const fd = asInt(a[0]!);
  const modeText = readCStringText(m, asPtr(a[1]!));
  const desc = fdTable(m).get(fd);
  if (!desc) return nullWith(m, EBADF);
  const mode = parseMode(modeText);
  const access = desc.statusFlags & O_ACCMODE;
  if (!mode || (access === O_RDONLY && mode.writable) || (access === O_WRONLY && mode.readable)) return nullWith(m, EINVAL);
  if (mode.append) desc.statusFlags |= O_APPEND;
  return openStream(m, fd, `fdopen(${fd})`, mode).ptr;
}

function nullWith(m: ShimMachine, errno: number): ShimValue {
  m.setErrno(errno);
  return { addr: 0, prov: 0 };
}

/**
 * C17 7.21.5.1: flushes, closes the fd and frees the FILE, whatever fails
 * (the stream is closed either way); EOF when flushing or closing failed.
 */
export function fclose(m: ShimMachine, a: Args): number {
  const s = streamOf(m, asPtr(a[0]!));
  return closeStream(m, s);
}

export function closeStream(m: ShimMachine, s: Stream): number {
  const flushed = s.outLen > 0 ? flushOutput(m, s) : 0;
  const closed = deviceClose(m, s);
  forgetStream(m, s);
  if (!closed.ok) {
    m.setErrno(closed.errno);
    return EOF;
  }
  return flushed;
}

/**
 * C17 7.21.5.2 and POSIX fflush: delivers pending output (every stream for
 * NULL); on an input stream, gives back read-ahead bytes by seeking the fd
 * back when it can seek (glibc's _IO_new_file_sync, which ignores ESPIPE).
 */
export function fflush(m: ShimMachine, a: Args): number {
  const p = asPtr(a[0]!);
  if (p.addr === 0) return flushAll(m);
  const s = streamOf(m, p);
  resetDirection(s);
  if (s.outLen > 0) return flushOutput(m, s);
  return syncInput(m, s);
}

function syncInput(m: ShimMachine, s: Stream): number {
  const unread = s.unread;
  if (unread === 0) return 0;
  const r = deviceSeek(m, s, -unread, SEEK_CUR);
  if (r.ok) discardInput(s);
  else if (r.errno !== ESPIPE) return fail0(m, r.errno);
  return 0;
}

function fail0(m: ShimMachine, errno: number): number {
  m.setErrno(errno);
  return EOF;
}

const MODES: Record<number, BufferMode> = { 0: 'full', 1: 'line', 2: 'none' };

/**
 * C17 7.21.5.6: only before any other operation on the stream (UB after);
 * an unknown mode fails with EINVAL. glibc ignores `size` without a buffer.
 */
export function setvbuf(m: ShimMachine, a: Args): number {
  const s = streamOf(m, asPtr(a[0]!));
  const buf = asPtr(a[1]!);
  const size = Number(a[3]!);
  const mode = MODES[asInt(a[2]!)];
  if (s.touched) {
    m.raise({ kind: 'invalid-argument', fn: m.currentShim,
      detail: 'setvbuf must be called before any other operation on the stream (C17 7.21.5.6p2), but it was already read or written' });
  }
  if (mode === undefined) return fail0(m, EINVAL);
  const user = buf.addr !== 0 && mode !== 'none' ? { ptr: buf, size } : undefined;
  if (user) m.mem.checkRange(buf, size, 'write');
  setBuffering(s, mode, user ? size : s.size, user);
  return 0;
}

/** C17 7.21.5.5: setvbuf with _IOFBF and BUFSIZ, or _IONBF for a null buffer. */
export function setbuf(m: ShimMachine, a: Args): void {
  const buf = asPtr(a[1]!);
  setvbuf(m, [a[0]!, buf, buf.addr === 0 ? 2 : 0, BUFSIZ]);
}

/** glibc setbuffer: setbuf with a size. */
export function setbuffer(m: ShimMachine, a: Args): void {
  const buf = asPtr(a[1]!);
  setvbuf(m, [a[0]!, buf, buf.addr === 0 ? 2 : 0, a[2]!]);
}

/** glibc setlinebuf: setvbuf(stream, NULL, _IOLBF, 0). */
export function setlinebuf(m: ShimMachine, a: Args): void {
  setvbuf(m, [a[0]!, { addr: 0, prov: 0 }, 1, 0]);
}

/**
 * C17 7.21.9.2: flushes output, forgets read-ahead (SEEK_CUR counts from the
 * program's position, not the fd's), seeks the fd, clears end of file.
 */
export function seekStream(m: ShimMachine, s: Stream, off: number, whence: number): number {
  if (whence !== SEEK_SET && whence !== SEEK_CUR && whence !== SEEK_END) return fail0(m, EINVAL);
  if (s.outLen > 0 && flushOutput(m, s) < 0) return -1;
  const r = deviceSeek(m, s, whence === SEEK_CUR ? off - s.unread : off, whence);
  if (!r.ok) return fail0(m, r.errno);
  discardInput(s);
  resetDirection(s);
  s.eof = false;
  return 0;
}

/** C17 7.21.9.4 and glibc's do_ftell: the fd's offset, less what was read ahead, plus what is buffered. */
export function tellStream(m: ShimMachine, s: Stream): number {
  const appending = s.append && !s.readable && s.outLen > 0;
  const r = deviceSeek(m, s, 0, appending ? SEEK_END : SEEK_CUR);
  if (!r.ok) return fail0(m, r.errno);
  const pos = r.value - s.unread + s.outLen;
  return pos < 0 ? fail0(m, EINVAL) : pos;
}

/** C17 7.21.9.2 */
export function fseek(m: ShimMachine, a: Args): number {
  const s = streamOf(m, asPtr(a[0]!));
  return seekStream(m, s, Number(a[1]!), asInt(a[2]!));
}

/** C17 7.21.9.4 */
export function ftell(m: ShimMachine, a: Args): number {
  return tellStream(m, streamOf(m, asPtr(a[0]!)));
}

/** C17 7.21.9.5: fseek to the start, and the error indicator is cleared too. */
export function rewind(m: ShimMachine, a: Args): void {
  const s = streamOf(m, asPtr(a[0]!));
  seekStream(m, s, 0, SEEK_SET);
  s.error = false;
}

/** C17 7.21.9.1: stores the position in *pos (glibc: __pos, and a zero conversion state). */
export function fgetpos(m: ShimMachine, a: Args): number {
  const s = streamOf(m, asPtr(a[0]!));
  const pos = asPtr(a[1]!);
  m.mem.checkRange(pos, FPOS_SIZE, 'write');
  const at = tellStream(m, s);
  if (at < 0) return -1;
  m.mem.storeScalar(pos, 'i64', at);
  m.mem.storeScalar(offset(pos, 8), 'i64', 0);
  return 0;
}

/** C17 7.21.9.3: *pos must come from fgetpos on this stream (its position is read, so it must be initialized). */
export function fsetpos(m: ShimMachine, a: Args): number {
  const s = streamOf(m, asPtr(a[0]!));
  const pos = asPtr(a[1]!);
  m.mem.checkRange(pos, FPOS_SIZE, 'read');
  const at = Number(m.mem.loadScalar(pos, 'i64'));
  return seekStream(m, s, at, SEEK_SET) < 0 ? -1 : 0;
}

/** C17 7.21.10.3 */
export function ferror(m: ShimMachine, a: Args): number {
  return streamOf(m, asPtr(a[0]!)).error ? 1 : 0;
}

/** C17 7.21.10.2 */
export function feof(m: ShimMachine, a: Args): number {
  return streamOf(m, asPtr(a[0]!)).eof ? 1 : 0;
}

/** C17 7.21.10.1 */
export function clearerr(m: ShimMachine, a: Args): void {
  const s = streamOf(m, asPtr(a[0]!));
  s.error = false;
  s.eof = false;
}

/** POSIX fileno: -1 with EBADF for a memory stream, which has no fd (glibc). */
export function fileno(m: ShimMachine, a: Args): number {
  const fd = streamOf(m, asPtr(a[0]!)).fd;
  return fd < 0 ? fail0(m, EBADF) : fd;
}

/** POSIX flockfile and friends: one thread of stdio use at a time is all ciri has, so they only validate. */
function lockNoop(m: ShimMachine, a: Args): number {
  streamOf(m, asPtr(a[0]!));
  return 0;
}

const S = (name: string, params: ShimDef['params'], ret: ShimDef['ret'], handler: ShimDef['handler']): ShimDef =>
  ({ name, params, ret, handler });

export const stdioFileShims: readonly ShimDef[] = [
  S('fdopen', ['i32', 'ptr'], 'ptr', fdopen),
  S('fclose', ['ptr'], 'i32', fclose),
  S('fflush', ['ptr'], 'i32', fflush),
  S('setvbuf', ['ptr', 'ptr', 'i32', 'u64'], 'i32', setvbuf),
  S('setbuf', ['ptr', 'ptr'], 'void', setbuf),
  S('setbuffer', ['ptr', 'ptr', 'u64'], 'void', setbuffer),
  S('setlinebuf', ['ptr'], 'void', setlinebuf),
  S('fseek', ['ptr', 'i64', 'i32'], 'i32', fseek),
  S('fseeko', ['ptr', 'i64', 'i32'], 'i32', fseek),
  S('ftell', ['ptr'], 'i64', ftell),
  S('ftello', ['ptr'], 'i64', ftell),
  S('rewind', ['ptr'], 'void', rewind),
  S('fgetpos', ['ptr', 'ptr'], 'i32', fgetpos),
  S('fsetpos', ['ptr', 'ptr'], 'i32', fsetpos),
  S('ferror', ['ptr'], 'i32', ferror),
  S('feof', ['ptr'], 'i32', feof),
  S('clearerr', ['ptr'], 'void', clearerr),
  S('fileno', ['ptr'], 'i32', fileno),
  S('flockfile', ['ptr'], 'void', lockNoop),
  S('funlockfile', ['ptr'], 'void', lockNoop),
  S('ftrylockfile', ['ptr'], 'i32', lockNoop),
];
