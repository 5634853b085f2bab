/**
 * <stdio.h> output (C17 7.21.6, 7.21.7, 7.21.8): the printf family (through
 * the engine in printf.ts), puts/putchar/fputs/fputc/putc, fwrite, perror,
 * and the table that gathers the stdio shims of stdio-file.ts (stream
 * management, positioning), stdio-open.ts (opening by path),
 * stdio-input.ts (reading) and stdio-memory.ts (fmemopen, open_memstream).
 * The scanf family registers itself (scanf-shims.ts).
 *
 * The standard streams are the FILE * values `__ciri_stdstream(fd)` returns
 * (include/stdio.h defines stdin/stdout/stderr with it). Bytes go through the
 * stream's buffer (stdio-stream.ts): stdout is fully buffered unless it is a
 * terminal, stderr unbuffered, and every stream is flushed at the end of the
 * program, also before a UB report, so no output is lost.
 *
 * Not here: input, wide characters.
 * Invariant: the format and every argument are checked (and may stop the run)
 * before a byte of the output reaches the stream.
 */
import type { ShimDef, ShimMachine, ShimValue, VarArg } from '../shim.js';
import { asInt, asPtr, asSize } from '../shim.js';
import { readCString, textBytes, writeChecked } from '../access.js';
import { readErrno, strerrorText } from '../errno.js';
import { formatPrintf } from './printf.js';
import { EOF, productSize, standardChecked, standardStream, streamOf, writeStream } from './stdio-stream.js';
import { stdioFileShims } from './stdio-file.js';
import { stdioOpenShims } from './stdio-open.js';
import { stdioInputShims } from './stdio-input.js';
import { stdioMemoryShims } from './stdio-memory.js';

type Args = ShimValue[];

/** `include/stdio.h`: `#define stdout (__ciri_stdstream(1))`. */
export function __ciri_stdstream(m: ShimMachine, a: Args): ShimValue {
  const fd = asInt(a[0]!);
  if (fd !== 0 && fd !== 1 && fd !== 2) return m.unsupported(`standard stream ${fd}`);
  return standardStream(m, fd).ptr;
}

/** A printf result: the byte count (C17 7.21.6.1p14), or a negative value on an output error. */
function printed(written: number, bytes: Uint8Array): number {
  return written < 0 ? EOF : bytes.length;
}

/** C17 7.21.6.3 */
export function printf(m: ShimMachine, a: Args, va: readonly VarArg[]): number {
  const bytes = formatPrintf(m, asPtr(a[0]!), va);
  return printed(writeStream(m, standardChecked(m, 1), bytes), bytes);
}

/** C17 7.21.6.1 */
export function fprintf(m: ShimMachine, a: Args, va: readonly VarArg[]): number {
  const s = streamOf(m, asPtr(a[0]!));
  const bytes = formatPrintf(m, asPtr(a[1]!), va);
  return printed(writeStream(m, s, bytes), bytes);
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
  const r = writeStream(m, standardChecked(m, 1), line);
  return r < 0 ? EOF : Math.min(r, 0x7fffffff);
}

/** C17 7.21.7.4: fputs returns a nonnegative value on success (glibc: 1). */
export function fputs(m: ShimMachine, a: Args): number {
  const text = readCString(m, asPtr(a[0]!));
  const s = streamOf(m, asPtr(a[1]!));
  return writeStream(m, s, text) < 0 ? EOF : 1;
}

/** C17 7.21.7.3: writes (unsigned char)c and returns it. */
export function fputc(m: ShimMachine, a: Args): number {
  const c = asInt(a[0]!) & 0xff;
  const s = streamOf(m, asPtr(a[1]!));
  return writeStream(m, s, Uint8Array.of(c)) < 0 ? EOF : c;
}

/** C17 7.21.7.9 */
export function putchar(m: ShimMachine, a: Args): number {
  const c = asInt(a[0]!) & 0xff;
  return writeStream(m, standardChecked(m, 1), Uint8Array.of(c)) < 0 ? EOF : c;
}

/**
 * C17 7.21.8.2: the size * nmemb bytes leave the machine, so they must all be
 * initialized; a write error gives 0 elements.
 */
export function fwrite(m: ShimMachine, a: Args): number | bigint {
  const p = asPtr(a[0]!);
  const total = productSize(a[1]!, a[2]!);
  const bytes = total > 0 ? m.mem.readBytes(p, total, true) : new Uint8Array(0);
  const s = streamOf(m, asPtr(a[3]!));
  if (total === 0) return 0;
  return writeStream(m, s, bytes) < 0 ? 0 : (a[2] as number | bigint);
}

/** C17 7.21.10.4: "s: message\n" on stderr (just the message when s is null or empty). */
export function perror(m: ShimMachine, a: Args): void {
  const p = asPtr(a[0]!);
  const prefix = p.addr === 0 ? '' : new TextDecoder().decode(readCString(m, p));
  const message = strerrorText(readErrno(m));
  const line = prefix ? `${prefix}: ${message}\n` : `${message}\n`;
  writeStream(m, standardChecked(m, 2), textBytes(line));
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
  S('putc_unlocked', ['i32', 'ptr'], 'i32', fputc),
  S('putchar', ['i32'], 'i32', putchar),
  S('putchar_unlocked', ['i32'], 'i32', putchar),
  S('fwrite', ['ptr', 'u64', 'u64', 'ptr'], 'u64', fwrite),
  S('perror', ['ptr'], 'void', perror),
  ...stdioFileShims,
  ...stdioOpenShims,
  ...stdioInputShims,
  ...stdioMemoryShims,
];
