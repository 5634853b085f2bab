/**
 * <stdio.h> output (C17 7.21): the standard streams, the printf family
 * (through the engine in printf.ts), puts/putchar/fputs/fputc/putc, fwrite,
 * fflush, and the stream state queries ferror/feof/clearerr/fileno, perror.
 *
 * The standard streams are the FILE * values `__ciri_stdstream(fd)` returns
 * (include/stdio.h defines stdin/stdout/stderr with it): one small 'global'
 * allocation per stream, made once, so a FILE * has provenance and is never
 * a leak. Output is written through to the fd table (no buffering yet), so a
 * write error shows at once as EOF with errno set.
 *
 * Not here: fopen and every FILE * other than the three standard streams
 * (`unsupported` until the file layer), input functions, setvbuf.
 * Invariant: every FILE * argument is resolved to a known stream before any
 * byte is written.
 */
import type { ShimDef, ShimMachine, ShimValue, VarArg } from '../shim.js';
import { asInt, asPtr, asSize } from '../shim.js';
import type { Ptr } from '../../memory/pointer.js';
import { familyState, readCString, textBytes, writeChecked } from '../access.js';
import { readErrno, strerrorText } from '../errno.js';
import { writeAll } from '../files.js';
import { formatPrintf } from './printf.js';

type Args = ShimValue[];

/** C17 7.21.1p3: EOF is negative; glibc uses -1. */
const EOF = -1;

/** A standard stream. */
interface Stream {
  /** The fd it writes to. */
  readonly fd: number;
  /** Its FILE * value. */
  readonly ptr: Ptr;
  /** The error indicator (C17 7.21.10.3). */
  error: boolean;
  /** The end-of-file indicator (C17 7.21.10.2). */
  eof: boolean;
}

interface StdioState {
  /** Streams by the provenance of their FILE * allocation. */
  readonly byProv: Map<number, Stream>;
  readonly byFd: Map<number, Stream>;
}

const STREAM_NAMES = ['stdin', 'stdout', 'stderr'];

function state(m: ShimMachine): StdioState {
  return familyState(m, 'stdio', () => ({ byProv: new Map(), byFd: new Map() }));
}

/** The FILE * of standard stream `fd`, allocated on first use. */
function standardStream(m: ShimMachine, fd: number): Stream {
  const st = state(m);
  let s = st.byFd.get(fd);
  if (!s) {
    const id = m.mem.allocate(16, 8, 'global', STREAM_NAMES[fd], true);
    s = { fd, ptr: { addr: m.mem.base(id), prov: id }, error: false, eof: false };
    st.byFd.set(fd, s);
    st.byProv.set(id, s);
  }
  return s;
}

/** `include/stdio.h`: `#define stdout (__ciri_stdstream(1))`. */
export function __ciri_stdstream(m: ShimMachine, a: Args): Ptr {
  const fd = asInt(a[0]!);
  if (fd < 0 || fd > 2) m.unsupported(`standard stream ${fd}`);
  return standardStream(m, fd).ptr;
}

/** Resolves a FILE * argument: a null or invalid pointer is UB, any other stream unsupported for now. */
function streamOf(m: ShimMachine, p: Ptr): Stream {
  if (p.addr === 0) m.raise({ kind: 'invalid-argument', fn: m.currentShim, detail: 'the FILE * argument is a null pointer' });
  const s = state(m).byProv.get(p.prov);
  if (s && s.ptr.addr === p.addr) return s;
  m.mem.checkRange(p, 1, 'read');
  return m.unsupported(`${m.currentShim} on a FILE * that is not stdin, stdout or stderr`);
}

/** Writes bytes to a stream; the count written or EOF with the error indicator and errno set. */
function put(m: ShimMachine, s: Stream, bytes: Uint8Array): number {
  if (bytes.length === 0) return 0; // glibc writes nothing, so nothing can fail
  const r = writeAll(m, s.fd, bytes);
  if (!r.ok) {
    s.error = true;
    m.setErrno(r.errno);
    return EOF;
  }
  return r.value;
}

/** C17 7.21.6.3 */
export function printf(m: ShimMachine, a: Args, va: readonly VarArg[]): number {
  return put(m, standardStream(m, 1), formatPrintf(m, asPtr(a[0]!), va));
}

/** C17 7.21.6.1 */
export function fprintf(m: ShimMachine, a: Args, va: readonly VarArg[]): number {
  const s = streamOf(m, asPtr(a[0]!));
  return put(m, s, formatPrintf(m, asPtr(a[1]!), va));
}

/** C17 7.21.6.6: the destination must hold the whole output and its NUL. */
export function sprintf(m: ShimMachine, a: Args, va: readonly VarArg[]): number {
  const dst = asPtr(a[0]!);
  const bytes = formatPrintf(m, asPtr(a[1]!), va);
  writeChecked(m, dst, withNul(bytes, bytes.length));
  return bytes.length;
}

/**
 * C17 7.21.6.5: at most n-1 bytes and a NUL are written (nothing when n is
 * 0, when s may be null); the result is the full length.
 */
export function snprintf(m: ShimMachine, a: Args, va: readonly VarArg[]): number {
  const dst = asPtr(a[0]!);
  const n = asSize(a[1]!);
  const bytes = formatPrintf(m, asPtr(a[2]!), va);
  if (n > 0) writeChecked(m, dst, withNul(bytes, Math.min(n - 1, bytes.length)));
  return bytes.length;
}

function withNul(bytes: Uint8Array, keep: number): Uint8Array {
  const out = new Uint8Array(keep + 1);
  out.set(bytes.subarray(0, keep));
  return out;
}

/** C17 7.21.7.9: puts appends a newline; glibc returns the count written. */
export function puts(m: ShimMachine, a: Args): number {
  const text = readCString(m, asPtr(a[0]!));
  const line = new Uint8Array(text.length + 1);
  line.set(text);
  line[text.length] = 0x0a;
  const r = put(m, standardStream(m, 1), line);
  return r < 0 ? EOF : Math.min(r, 0x7fffffff);
}

/** C17 7.21.7.4: fputs returns a nonnegative value on success (glibc: 1). */
export function fputs(m: ShimMachine, a: Args): number {
  const text = readCString(m, asPtr(a[0]!));
  const s = streamOf(m, asPtr(a[1]!));
  return put(m, s, text) < 0 ? EOF : 1;
}

/** C17 7.21.7.3: writes (unsigned char)c and returns it. */
export function fputc(m: ShimMachine, a: Args): number {
  const c = asInt(a[0]!) & 0xff;
  const s = streamOf(m, asPtr(a[1]!));
  return put(m, s, Uint8Array.of(c)) < 0 ? EOF : c;
}

/** C17 7.21.7.9 */
export function putchar(m: ShimMachine, a: Args): number {
  const c = asInt(a[0]!) & 0xff;
  return put(m, standardStream(m, 1), Uint8Array.of(c)) < 0 ? EOF : c;
}

/** C17 7.21.8.2: the nmemb * size bytes leave the machine, so they must all be initialized. */
export function fwrite(m: ShimMachine, a: Args): number | bigint {
  const [p, size, nmemb] = [asPtr(a[0]!), asSize(a[1]!), asSize(a[2]!)];
  const total = size * nmemb;
  const bytes = total > 0 ? m.mem.readBytes(p, total, true) : new Uint8Array(0);
  const s = streamOf(m, asPtr(a[3]!));
  if (total === 0) return 0;
  const r = put(m, s, bytes);
  return r < 0 ? 0 : Math.floor(r / size);
}

/** C17 7.21.5.2: nothing is buffered, so flushing only validates the stream (NULL means all streams). */
export function fflush(m: ShimMachine, a: Args): number {
  const p = asPtr(a[0]!);
  if (p.addr !== 0) streamOf(m, p);
  return 0;
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

/** POSIX fileno */
export function fileno(m: ShimMachine, a: Args): number {
  return streamOf(m, asPtr(a[0]!)).fd;
}

/** C17 7.21.10.4: "s: message\n" on stderr (just the message when s is null or empty). */
export function perror(m: ShimMachine, a: Args): void {
  const p = asPtr(a[0]!);
  const prefix = p.addr === 0 ? '' : new TextDecoder().decode(readCString(m, p));
  const message = strerrorText(readErrno(m));
  const line = prefix ? `${prefix}: ${message}\n` : `${message}\n`;
  put(m, standardStream(m, 2), textBytes(line));
}

const S = (name: string, params: ShimDef['params'], ret: ShimDef['ret'], handler: ShimDef['handler'], variadic = false): ShimDef =>
  ({ name, params, ret, handler, variadic });

export const stdioShims: readonly ShimDef[] = [
  S('__ciri_stdstream', ['i32'], 'ptr', __ciri_stdstream),
  S('printf', ['ptr'], 'i32', printf, true),
  S('fprintf', ['ptr', 'ptr'], 'i32', fprintf, true),
  S('sprintf', ['ptr', 'ptr'], 'i32', sprintf, true),
  S('snprintf', ['ptr', 'u64', 'ptr'], 'i32', snprintf, true),
  S('puts', ['ptr'], 'i32', puts),
  S('fputs', ['ptr', 'ptr'], 'i32', fputs),
  S('fputc', ['i32', 'ptr'], 'i32', fputc),
  S('putc', ['i32', 'ptr'], 'i32', fputc),
  S('putchar', ['i32'], 'i32', putchar),
  S('fwrite', ['ptr', 'u64', 'u64', 'ptr'], 'u64', fwrite),
  S('fflush', ['ptr'], 'i32', fflush),
  S('ferror', ['ptr'], 'i32', ferror),
  S('feof', ['ptr'], 'i32', feof),
  S('clearerr', ['ptr'], 'void', clearerr),
  S('fileno', ['ptr'], 'i32', fileno),
  S('perror', ['ptr'], 'void', perror),
];
