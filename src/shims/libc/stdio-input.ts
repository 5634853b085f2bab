/**
 * <stdio.h> input (C17 7.21.7, 7.21.8.1; POSIX getline/getdelim): fgetc,
 * getc, getchar, ungetc, fgets, getline, getdelim, fread, over the stream
 * buffer of stdio-stream.ts (short reads of the fd are hidden there, as
 * glibc's loops hide them).
 *
 * Every destination is checked over the whole length the call may write
 * (fgets' n, fread's size * nmemb) before a byte is read, as read(2) is: a
 * buffer smaller than the count it is passed with is reported at the call
 * even when the input would have been short (C17 7.1.4p1).
 *
 * Not here: scanf (scanf.ts), wide characters, gets (removed by C11).
 * Invariant: a byte taken from the stream is either stored for the program
 * or pushed back; none is lost.
 */
import type { ShimDef, ShimMachine, ShimValue } from '../shim.js';
import { asInt, asPtr } from '../shim.js';
import type { Ptr } from '../../memory/pointer.js';
import { requireNonNull } from '../access.js';
import { EINVAL, ENOMEM, EOVERFLOW } from '../errno.js';
import { realloc } from './stdlib.js';
import { EOF, productSize, readBlock, readByte, standardChecked, streamOf, streamReader, type Stream } from './stdio-stream.js';

type Args = ShimValue[];

/** C17 7.21.7.1: the next byte as unsigned char converted to int, or EOF. */
export function fgetc(m: ShimMachine, a: Args): number {
  return readByte(m, streamOf(m, asPtr(a[0]!)));
}

/** C17 7.21.7.6 */
export function getchar(m: ShimMachine): number {
  return readByte(m, standardChecked(m, 0));
}

/**
 * C17 7.21.7.10: pushes back (unsigned char)c, clearing end of file; EOF
 * pushes nothing back and fails. glibc keeps any number of bytes pushed back.
 */
export function ungetc(m: ShimMachine, a: Args): number {
  const c = asInt(a[0]!);
  const s = streamOf(m, asPtr(a[1]!));
  if (c === EOF || !s.readable) return EOF;
  s.pushback.push(c & 0xff);
  s.eof = false;
  return c & 0xff;
}

/**
 * C17 7.21.7.2: at most n-1 bytes, up to and including a newline, then a
 * NUL. NULL when end of file came before any byte (the array is untouched)
 * or on a read error. glibc: n <= 0 gives NULL, n == 1 an empty string.
 */
export function fgets(m: ShimMachine, a: Args): ShimValue {
  const dst = asPtr(a[0]!);
  const n = asInt(a[1]!);
  const s = streamOf(m, asPtr(a[2]!));
  if (n <= 0) return NULL_PTR;
  m.mem.checkRange(dst, n, 'write');
  if (n === 1) {
    m.mem.writeBytes(dst, Uint8Array.of(0));
    return dst;
  }
  const line = readUntil(m, s, 0x0a, n - 1);
  if (line === undefined || line.length === 0) return NULL_PTR;
  const out = new Uint8Array(line.length + 1);
  out.set(line);
  m.mem.writeBytes(dst, out);
  return dst;
}

const NULL_PTR: Ptr = { addr: 0, prov: 0 };

/**
 * Bytes up to and including `delim` (or end of file), at most `max`:
 * undefined on a read error, as fgets and getdelim then fail.
 */
function readUntil(m: ShimMachine, s: Stream, delim: number, max: number): Uint8Array | undefined {
  const reader = streamReader(m, s);
  if (!reader) return undefined;
  const bytes: number[] = [];
  while (bytes.length < max) {
    const c = reader.next();
    if (c === EOF) {
      if (s.error) return undefined;
      break;
    }
    bytes.push(c);
    if (c === delim) break;
  }
  return Uint8Array.from(bytes);
}

/** POSIX getline: getdelim with '\n'. */
export function getline(m: ShimMachine, a: Args): number {
  return getdelimWith(m, asPtr(a[0]!), asPtr(a[1]!), 0x0a, asPtr(a[2]!));
}

/** POSIX getdelim. */
export function getdelim(m: ShimMachine, a: Args): number {
  return getdelimWith(m, asPtr(a[0]!), asPtr(a[1]!), asInt(a[2]!) & 0xff, asPtr(a[3]!));
}

/**
 * POSIX getdelim: a line into *lineptr, a malloc'd block of *n bytes that is
 * grown with realloc as glibc does (120 bytes at first, then doubling); the
 * length, or -1 at end of file with nothing read or on error. glibc fails
 * with EINVAL when lineptr or n is null.
 */
function getdelimWith(m: ShimMachine, lineptr: Ptr, np: Ptr, delim: number, fp: Ptr): number {
  const s = streamOf(m, fp);
  if (lineptr.addr === 0 || np.addr === 0) return failWith(m, EINVAL);
  m.mem.checkRange(lineptr, 8, 'write');
  m.mem.checkRange(np, 8, 'write');
  let buf = m.mem.loadPtr(lineptr);
  let size = Number(m.mem.loadScalar(np, 'u64'));
  if (buf.addr === 0 || size === 0) {
    size = 120;
    buf = realloc(m, [buf, size]);
    if (buf.addr === 0) return failWith(m, ENOMEM);
    storeLine(m, lineptr, np, buf, size);
  }
  const line = readUntil(m, s, delim, Number.MAX_SAFE_INTEGER);
  if (line === undefined || line.length === 0) return -1;
  if (line.length + 1 > size) {
    size = Math.max(line.length + 1, 2 * size);
    buf = realloc(m, [buf, size]);
    if (buf.addr === 0) return failWith(m, ENOMEM);
    storeLine(m, lineptr, np, buf, size);
  }
  const out = new Uint8Array(line.length + 1);
  out.set(line);
  m.mem.writeBytes(buf, out);
  return line.length > 0x7fffffffffff ? failWith(m, EOVERFLOW) : line.length;
}

function storeLine(m: ShimMachine, lineptr: Ptr, np: Ptr, buf: Ptr, size: number): void {
  m.mem.storePtr(lineptr, buf);
  m.mem.storeScalar(np, 'u64', size);
}

function failWith(m: ShimMachine, errno: number): number {
  m.setErrno(errno);
  return -1;
}

/**
 * C17 7.21.8.1: up to nmemb elements of `size` bytes; the count of whole
 * elements read. size * nmemb is computed modulo 2^64, as glibc does, and
 * the destination must hold all of it.
 */
export function fread(m: ShimMachine, a: Args): number {
  const dst = asPtr(a[0]!);
  const size = Number(a[1]!);
  const total = productSize(a[1]!, a[2]!);
  const s = streamOf(m, asPtr(a[3]!));
  if (total === 0) return 0;
  requireNonNull(m, dst, 'the buffer');
  m.mem.checkRange(dst, total, 'write');
  const bytes = readBlock(m, s, total);
  if (bytes.length > 0) m.mem.writeBytes(dst, bytes);
  return bytes.length === total ? Number(a[2]!) : Math.floor(bytes.length / size);
}

const S = (name: string, params: ShimDef['params'], ret: ShimDef['ret'], handler: ShimDef['handler']): ShimDef =>
  ({ name, params, ret, handler });

export const stdioInputShims: readonly ShimDef[] = [
  S('fgetc', ['ptr'], 'i32', fgetc),
  S('getc', ['ptr'], 'i32', fgetc),
  S('getc_unlocked', ['ptr'], 'i32', fgetc),
  S('getchar', [], 'i32', getchar),
  S('getchar_unlocked', [], 'i32', getchar),
  S('ungetc', ['i32', 'ptr'], 'i32', ungetc),
  S('fgets', ['ptr', 'i32', 'ptr'], 'ptr', fgets),
  S('getline', ['ptr', 'ptr', 'ptr'], 'i64', getline),
  S('getdelim', ['ptr', 'ptr', 'i32', 'ptr'], 'i64', getdelim),
  S('fread', ['ptr', 'u64', 'u64', 'ptr'], 'u64', fread),
];
