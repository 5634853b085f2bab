/**
 * The FILE object of <stdio.h> (C17 7.21.2, 7.21.3) over the fd layer:
 * buffering as glibc does it, the error and end-of-file indicators, pushback,
 * and the lookup of a `FILE *` argument.
 *
 * Each stream's FILE is its own 216-byte allocation (glibc's sizeof(FILE)) of
 * kind 'library', named after how it was opened (FILE of `fopen("data.txt")`,
 * FILE of `stdout`): glibc's FILE comes from malloc but belongs to the library, which
 * keeps it reachable, so a stream the program never closes is not a leak;
 * `fclose` ends the allocation, so any later use of that `FILE *` is a
 * use-after-free reported by memory itself (`streamOf` reads a byte of the
 * FILE before looking the stream up), and `free(fp)` is an invalid free.
 *
 * Buffering (glibc libio): files and pipes are fully buffered with a 4096-byte
 * buffer (st_blksize), a terminal line buffered (1024), stderr unbuffered.
 * Buffered bytes are kept here in JS; a buffer given to setvbuf is checked to
 * be live and writable whenever the stream uses it, but the bytes are not
 * copied into it. At program end (`ShimMachine.onProgramEnd`: exit, return
 * from main, and before a UB or unsupported report) every stream is flushed.
 *
 * Not here: the C functions themselves (stdio.ts, stdio-file.ts,
 * stdio-open.ts, stdio-input.ts, stdio-memory.ts, scanf-shims.ts), wide
 * orientation, locking.
 * Invariant: bytes reach the fd in the order the program wrote them; a
 * stream's buffer is empty whenever its fd's offset must be exact (seek, close).
 */
import type { ShimMachine } from '../shim.js';
import type { Ptr } from '../../memory/pointer.js';
import { familyState } from '../access.js';
import { EBADF } from '../errno.js';
import { fail, fdTable, type FileDescription, type IoResult } from '../files.js';
import { fdRead, fdWrite } from '../unix/fd.js';

/** C17 7.21.1p3: EOF is negative; glibc uses -1. */
export const EOF = -1;
/** glibc's sizeof(FILE) on x86-64. */
export const FILE_SIZE = 216;
/** st_blksize of regular files and pipes, glibc's buffer size for them. */
const BLOCK_SIZE = 4096;
/** glibc's buffer for a terminal (its st_blksize). */
const TERMINAL_BLOCK = 1024;

/** size * nmemb as glibc computes it, modulo 2^64 (fread and fwrite do not check the product). */
export function productSize(size: number | bigint | object, nmemb: number | bigint | object): number {
  return Number(BigInt.asUintN(64, BigInt(size as number | bigint) * BigInt(nmemb as number | bigint)));
}

/** C17 7.21.3p3: how a stream delivers written bytes. */
export type BufferMode = 'full' | 'line' | 'none';

/** The last operation on an update stream, for C17 7.21.5.3p7. */
type LastOp = 'read' | 'read-eof' | 'write' | undefined;

export class Stream {
  /** The fd it reads and writes (-1 for a memory stream, which has none). */
  fd: number;
  /** A memory stream's own description (fmemopen, open_memstream), used instead of an fd. */
  device: FileDescription | undefined = undefined;
  /** glibc's buffer size when the fd says nothing (st_blksize); BUFSIZ for memory streams. */
  blockSize = BLOCK_SIZE;
  /** Its FILE * value (the start of the FILE allocation). */
  readonly ptr: Ptr;
  readonly readable: boolean;
  readonly writable: boolean;
  /** Opened with '+': reads and writes must be separated (C17 7.21.5.3p7). */
  readonly update: boolean;
  /** Opened with 'a': ftell counts from the end of the file. */
  readonly append: boolean;
  mode: BufferMode = 'full';
  /** Buffer size in bytes. */
  size = BLOCK_SIZE;
  /** Whether the buffering was decided (by setvbuf or the first I/O). */
  configured = false;
  /** Whether any input or output happened (setvbuf must come before, C17 7.21.5.6p2). */
  touched = false;
  /** The buffer given to setvbuf, checked on every use. */
  userBuffer: { ptr: Ptr; size: number } | undefined;
  /** Written bytes not yet delivered. */
  out: Uint8Array = new Uint8Array(0);
  outLen = 0;
  /** Bytes read from the fd and not yet consumed: `inBuf[inPos..]`. */
  inBuf: Uint8Array = new Uint8Array(0);
  inPos = 0;
  /** ungetc's pushed-back bytes, the next one last. */
  readonly pushback: number[] = [];
  lastOp: LastOp;
  /** The error indicator (C17 7.21.10.3). */
  error = false;
  /** The end-of-file indicator (C17 7.21.10.2); sticky, as since glibc 2.28. */
  eof = false;

  constructor(fd: number, ptr: Ptr, access: { readable: boolean; writable: boolean; update: boolean; append: boolean }) {
    this.fd = fd;
    this.ptr = ptr;
    this.readable = access.readable;
    this.writable = access.writable;
    this.update = access.update;
    this.append = access.append;
  }

  /** Bytes read ahead of the program's position (buffered and pushed back). */
  get unread(): number {
    return this.inBuf.length - this.inPos + this.pushback.length;
  }
}

interface StdioState {
  /** Open streams by the allocation id of their FILE, newest last. */
  readonly byProv: Map<number, Stream>;
  /** The standard streams by fd, once made. */
  readonly standard: Map<number, Stream>;
}

const STREAM_NAMES = ['stdin', 'stdout', 'stderr'];

/** The stdio state, registering the end-of-program flush the first time. */
function state(m: ShimMachine): StdioState {
  return familyState(m, 'stdio', () => {
    m.onProgramEnd(() => flushAll(m));
    return { byProv: new Map(), standard: new Map() };
  });
}

/** Makes a FILE for `fd` (a fresh allocation named `name`) and registers the stream. */
export function openStream(m: ShimMachine, fd: number, name: string, access: ConstructorParameters<typeof Stream>[2]): Stream {
  const st = state(m);
  const id = m.mem.allocate(FILE_SIZE, 8, 'library', `FILE of \`${name}\``, true);
  const s = new Stream(fd, { addr: m.mem.base(id), prov: id }, access);
  st.byProv.set(id, s);
  return s;
}

/** The stream of standard fd 0, 1 or 2, made on first use (its FILE is a global named stdin/stdout/stderr). */
export function standardStream(m: ShimMachine, fd: 0 | 1 | 2): Stream {
  const st = state(m);
  let s = st.standard.get(fd);
  if (!s) {
    s = openStream(m, fd, STREAM_NAMES[fd]!, { readable: fd === 0, writable: fd !== 0, update: false, append: false });
    st.standard.set(fd, s);
  }
  return s;
}

/**
 * Resolves a FILE * argument. The FILE is read through memory first, so a
 * closed stream is a use-after-free and a wild pointer out-of-bounds; a
 * pointer to anything else than a FILE's start is an invalid argument
 * (C17 7.21.3p6: the FILE object's address is what identifies the stream).
 */
export function streamOf(m: ShimMachine, p: Ptr): Stream {
  if (p.addr === 0) m.raise({ kind: 'invalid-argument', fn: m.currentShim, detail: 'the FILE * argument is a null pointer' });
  m.mem.checkRange(p, 1, 'read');
  const s = state(m).byProv.get(p.prov);
  if (s && s.ptr.addr === p.addr) return s;
  return m.raise({ kind: 'invalid-argument', fn: m.currentShim,
    detail: 'the FILE * argument does not point to a stream opened by fopen, fdopen, tmpfile or to stdin, stdout or stderr' });
}

/** Every open stream, newest first (glibc's _IO_list_all order). */
export function openStreams(m: ShimMachine): Stream[] {
  return [...state(m).byProv.values()].reverse();
}

/**
 * Forgets a closed stream and ends its FILE's lifetime (later uses are
 * use-after-free). A closed standard stream stays known as such, so that
 * printf after fclose(stdout) reports the dead FILE too.
 */
export function forgetStream(m: ShimMachine, s: Stream): void {
  state(m).byProv.delete(s.ptr.prov);
  m.mem.freeStack(s.ptr.prov);
}

/** freopen: `next` takes the place of `old` with the same FILE (and as standard stream). */
export function replaceStream(m: ShimMachine, old: Stream, next: Stream): void {
  const st = state(m);
  st.byProv.set(old.ptr.prov, next);
  for (const [fd, std] of st.standard) if (std === old) st.standard.set(fd, next);
}

/** The standard stream `fd` for printf, puts...: a closed one reports its freed FILE. */
export function standardChecked(m: ShimMachine, fd: 0 | 1 | 2): Stream {
  const s = standardStream(m, fd);
  m.mem.checkRange(s.ptr, 1, 'read');
  return s;
}

/** Whether `s` is the FILE of standard stream `fd`. */
export function isStandard(m: ShimMachine, s: Stream, fd: number): boolean {
  return state(m).standard.get(fd) === s;
}

// ---- buffering

/** glibc decides a stream's buffering at its first I/O from what the fd is (_IO_file_doallocate). */
function configure(m: ShimMachine, s: Stream): void {
  s.touched = true;
  decideBuffering(m, s);
}

function decideBuffering(m: ShimMachine, s: Stream): void {
  if (s.configured) return;
  s.configured = true;
  if (s.fd === 2 && isStandard(m, s, 2)) {
    s.mode = 'none';
    s.size = 1;
    return;
  }
  const terminal = s.device === undefined && fdTable(m).get(s.fd)?.kind === 'terminal';
  s.mode = terminal ? 'line' : 'full';
  s.size = terminal ? TERMINAL_BLOCK : s.blockSize;
}

/** Sets the buffering (setvbuf); the caller checked that no I/O happened yet. */
export function setBuffering(s: Stream, mode: BufferMode, size: number, user: { ptr: Ptr; size: number } | undefined): void {
  s.configured = true;
  s.mode = mode;
  s.size = mode === 'none' ? 1 : Math.max(1, size);
  s.userBuffer = mode === 'none' ? undefined : user;
}

/**
 * C17 7.21.5.6 footnote: the buffer given to setvbuf must outlive the
 * stream's use of it. Checked whenever buffered bytes go through it.
 */
function checkUserBuffer(m: ShimMachine, s: Stream, access: 'read' | 'write' = 'write'): void {
  if (s.userBuffer) m.mem.checkRange(s.userBuffer.ptr, s.userBuffer.size, access);
}

/**
 * C17 7.21.5.3p7: on an update stream, output shall not be directly followed
 * by input without fflush or a positioning call, nor input by output without
 * a positioning call unless the input reached end of file.
 */
function checkDirection(m: ShimMachine, s: Stream, op: 'read' | 'write'): void {
  if (!s.update) return;
  if (op === 'read' && s.lastOp === 'write') {
    m.raise({ kind: 'invalid-argument', fn: m.currentShim,
      detail: 'output on this update stream is directly followed by input without an intervening fflush, fseek, fsetpos or rewind (C17 7.21.5.3p7)' });
  }
  if (op === 'write' && s.lastOp === 'read') {
    m.raise({ kind: 'invalid-argument', fn: m.currentShim,
      detail: 'input on this update stream is directly followed by output without an intervening fseek, fsetpos or rewind (C17 7.21.5.3p7)' });
  }
}

/** Marks a failed operation: the error indicator and errno. */
function failed(m: ShimMachine, s: Stream, errno: number): number {
  s.error = true;
  m.setErrno(errno);
  return EOF;
}

// ---- the stream's file: its fd, or a memory stream's own description

function deviceWrite(m: ShimMachine, s: Stream, data: Uint8Array): IoResult<number> {
  return s.device ? s.device.write(m, data) : fdWrite(m, s.fd, data);
}

function deviceRead(m: ShimMachine, s: Stream, len: number): IoResult<Uint8Array> {
  return s.device ? s.device.read(m, len) : fdRead(m, s.fd, len);
}

/** lseek(2) on the stream's file. */
export function deviceSeek(m: ShimMachine, s: Stream, offset: number, whence: number): IoResult<number> {
  const desc = s.device ?? fdTable(m).get(s.fd);
  return desc ? desc.seek(m, offset, whence) : fail(EBADF);
}

/** close(2) of the stream's file (a memory stream closes its description). */
export function deviceClose(m: ShimMachine, s: Stream): IoResult<0> {
  return s.device ? s.device.close(m) : fdTable(m).close(m, s.fd);
}

/** write(2) until every byte is taken (glibc's _IO_new_file_write loops over short writes). */
function writeFully(m: ShimMachine, s: Stream, data: Uint8Array): IoResult<number> {
  let done = 0;
  while (done < data.length) {
    const r = deviceWrite(m, s, data.subarray(done));
    if (!r.ok) return r;
    if (r.value === 0) return fail(EBADF);
    done += r.value;
  }
  return { ok: true, value: done };
}

/** Delivers the buffered output; 0, or EOF with the error indicator set (the bytes are dropped, as glibc does). */
export function flushOutput(m: ShimMachine, s: Stream): number {
  if (s.outLen === 0) return 0;
  const data = s.out.slice(0, s.outLen); // a copy: the description may keep it (pipes) while the buffer is reused
  s.outLen = 0;
  const r = writeFully(m, s, data);
  // glibc would deliver the bytes from the setvbuf buffer; they go out first
  // so that a report about that buffer follows the output, not replaces it.
  checkUserBuffer(m, s, 'read');
  return r.ok ? 0 : failed(m, s, r.errno);
}

/** Appends to the buffer, delivering full buffers and large blocks directly (_IO_new_file_xsputn). */
function bufferOut(m: ShimMachine, s: Stream, data: Uint8Array): number {
  if (s.out.length < s.size) s.out = new Uint8Array(s.size);
  const room = s.size - s.outLen;
  if (data.length <= room) {
    s.out.set(data, s.outLen);
    s.outLen += data.length;
    return 0;
  }
  s.out.set(data.subarray(0, room), s.outLen);
  s.outLen = s.size;
  if (flushOutput(m, s) < 0) return EOF;
  let rest = data.subarray(room);
  const direct = rest.length - (rest.length % s.size);
  if (direct > 0) {
    const r = writeFully(m, s, rest.subarray(0, direct));
    if (!r.ok) return failed(m, s, r.errno);
    rest = rest.subarray(direct);
  }
  s.out.set(rest, 0);
  s.outLen = rest.length;
  return 0;
}

/**
 * Writes `data` to the stream as glibc does for its buffering mode; the count
 * written, or EOF with the error indicator and errno set.
 */
export function writeStream(m: ShimMachine, s: Stream, data: Uint8Array): number {
  if (!s.writable) return failed(m, s, EBADF);
  checkDirection(m, s, 'write');
  configure(m, s);
  s.lastOp = 'write';
  if (data.length === 0) return 0;
  if (s.mode === 'none') {
    const r = writeFully(m, s, data);
    return r.ok ? data.length : failed(m, s, r.errno);
  }
  checkUserBuffer(m, s);
  if (s.mode === 'line') {
    const nl = data.lastIndexOf(0x0a);
    if (nl >= 0) {
      if (bufferOut(m, s, data.subarray(0, nl + 1)) < 0 || flushOutput(m, s) < 0) return EOF;
      return bufferOut(m, s, data.subarray(nl + 1)) < 0 ? EOF : data.length;
    }
  }
  return bufferOut(m, s, data) < 0 ? EOF : data.length;
}

/** fflush(NULL) and the end of the program: every stream with output pending; EOF if one failed. */
export function flushAll(m: ShimMachine): number {
  let r = 0;
  for (const s of openStreams(m)) if (s.outLen > 0 && flushOutput(m, s) < 0) r = EOF;
  return r;
}

// ---- input

/**
 * glibc's _IO_new_file_underflow: before reading from a line-buffered or
 * unbuffered stream, stdout is flushed when it is line buffered (so a prompt
 * shows before the program waits for input).
 */
function flushStdoutBeforeInput(m: ShimMachine, s: Stream): void {
  if (s.mode === 'full') return;
  const out = state(m).standard.get(1);
  if (out && out !== s) {
    decideBuffering(m, out);
    if (out.mode === 'line') flushOutput(m, out);
  }
}

/** Starts an input operation: false (with the indicators set) when the stream cannot be read. */
function beginRead(m: ShimMachine, s: Stream): boolean {
  if (!s.readable) {
    failed(m, s, EBADF);
    return false;
  }
  checkDirection(m, s, 'read');
  configure(m, s);
  s.lastOp = 'read';
  return true;
}

/** Refills the buffer with one read(2); false at end of file or error (indicators set). */
function refill(m: ShimMachine, s: Stream): boolean {
  if (s.eof) return false;
  flushStdoutBeforeInput(m, s);
  checkUserBuffer(m, s);
  const r = deviceRead(m, s, s.mode === 'none' ? 1 : s.size);
  return accept(m, s, r);
}

/** Takes a read(2) result into the buffer. */
function accept(m: ShimMachine, s: Stream, r: IoResult<Uint8Array>): boolean {
  if (!r.ok) {
    failed(m, s, r.errno);
    return false;
  }
  if (r.value.length === 0) {
    s.eof = true;
    s.lastOp = 'read-eof';
    return false;
  }
  s.inBuf = r.value;
  s.inPos = 0;
  return true;
}

/** The next byte, or EOF (end of file or error, with the indicator set). */
export function readByte(m: ShimMachine, s: Stream): number {
  if (!beginRead(m, s)) return EOF;
  return nextByte(m, s);
}

/** The next byte of a stream whose read was begun (scanf reads many bytes per call). */
function nextByte(m: ShimMachine, s: Stream): number {
  if (s.pushback.length > 0) return s.pushback.pop()!;
  if (s.inPos >= s.inBuf.length && !refill(m, s)) return EOF;
  return s.inBuf[s.inPos++]!;
}

/**
 * A reader for functions that consume bytes one by one and may put the last
 * one back (fgets, getdelim, scanf); `streamReader` begins the input
 * operation once, then the function calls `next`/`unget` as it goes.
 */
export interface ByteReader {
  /** The next byte, or EOF. */
  next(): number;
  /** Puts back the byte just read (scanf's one character of lookahead). */
  unget(c: number): void;
}

/** Begins an input operation on `s` and returns its byte reader, or undefined when it cannot read. */
export function streamReader(m: ShimMachine, s: Stream): ByteReader | undefined {
  if (!beginRead(m, s)) return undefined;
  return {
    next: () => nextByte(m, s),
    unget: (c) => { if (c !== EOF) s.pushback.push(c & 0xff); },
  };
}

/**
 * Up to `n` bytes (fread): pushback and buffer first, then large requests
 * straight from the fd in whole blocks, as _IO_file_xsgetn does; short reads
 * are retried until `n` bytes, end of file or an error.
 */
export function readBlock(m: ShimMachine, s: Stream, n: number): Uint8Array {
  const out = new Uint8Array(n);
  if (!beginRead(m, s)) return out.subarray(0, 0);
  let got = 0;
  while (got < n && s.pushback.length > 0) out[got++] = s.pushback.pop()!;
  while (got < n) {
    const buffered = Math.min(n - got, s.inBuf.length - s.inPos);
    out.set(s.inBuf.subarray(s.inPos, s.inPos + buffered), got);
    s.inPos += buffered;
    got += buffered;
    if (got === n) break;
    const want = n - got;
    if (want < s.size) {
      if (!refill(m, s)) break;
      continue;
    }
    if (s.eof) break;
    const r = deviceRead(m, s, s.size >= 128 ? want - (want % s.size) : want);
    if (!r.ok) { failed(m, s, r.errno); break; }
    if (r.value.length === 0) { s.eof = true; s.lastOp = 'read-eof'; break; }
    out.set(r.value, got);
    got += r.value.length;
  }
  return out.subarray(0, got);
}

/** Drops the read-ahead (after a seek, or fflush on an input stream). */
export function discardInput(s: Stream): void {
  s.inBuf = new Uint8Array(0);
  s.inPos = 0;
  s.pushback.length = 0;
}

/** After fflush or a positioning call: reads and writes may follow each other again. */
export function resetDirection(s: Stream): void {
  s.lastOp = undefined;
}
