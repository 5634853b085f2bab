/**
 * Memory streams (POSIX fmemopen, open_memstream): a FILE whose file is a
 * range of the program's memory instead of an fd, with glibc's (2.22+)
 * rules for sizes, positions and the NUL byte it keeps after written data.
 *
 * The description reads and writes the program's buffer through checked
 * memory accesses at the moment stdio delivers bytes (when its buffer is
 * flushed, BUFSIZ bytes as glibc), so a buffer freed while its stream is
 * open is reported as a use-after-free. open_memstream's block is a heap
 * block grown with realloc; *bufp and *sizep are updated when the stream is
 * flushed or closed, and the block is the program's to free.
 *
 * Not here: fopencookie, wide memory streams (open_wmemstream).
 * Invariant: a memory stream has no fd (fileno fails), and every byte it
 * moves goes through the program's memory, never a private copy.
 */
import type { ShimDef, ShimMachine, ShimValue } from '../shim.js';
import { asPtr } from '../shim.js';
import type { Ptr } from '../../memory/pointer.js';
import { offset, readCStringText } from '../access.js';
import { EINVAL, ENOSPC } from '../errno.js';
import { fail, FileDescription, ok, type IoResult } from '../files.js';
import { realloc } from './stdlib.js';
import { parseMode } from './stdio-file.js';
import { openStream } from './stdio-stream.js';

type Args = ShimValue[];

/** glibc gives streams without an fd (cookie streams) a BUFSIZ buffer. */
const BUFSIZ = 8192;
const NULL_PTR: Ptr = { addr: 0, prov: 0 };

/** Where a seek lands: SEEK_SET, SEEK_CUR or SEEK_END (from `end`); undefined for an unknown whence. */
function seekTarget(pos: number, end: number, off: number, whence: number): number | undefined {
  return whence === 0 ? off : whence === 1 ? pos + off : whence === 2 ? end + off : undefined;
}

/** fmemopen's file: `size` bytes at `buf`, `maxpos` of them holding data (glibc's fmemopen cookie). */
class FixedMemory extends FileDescription {
  private pos: number;

  constructor(
    private readonly buf: Ptr,
    private readonly size: number,
    private maxpos: number,
    private readonly append: boolean,
    /** The buffer was allocated by fmemopen (buf was NULL) and is freed at close. */
    private readonly own: boolean,
  ) {
    super('fmemopen buffer');
    this.pos = append ? maxpos : 0;
  }

  override read(m: ShimMachine, len: number): IoResult<Uint8Array> {
    const n = Math.max(0, Math.min(len, this.maxpos - this.pos));
    const bytes = n > 0 ? m.mem.readBytes(offset(this.buf, this.pos), n, false) : new Uint8Array(0);
    this.pos += n;
    return ok(bytes);
  }

  /** glibc's fmemopen_write: what fits, then a NUL after the data when the data grew and there is room. */
  override write(m: ShimMachine, data: Uint8Array): IoResult<number> {
    const pos = this.append ? this.maxpos : this.pos;
    const addNul = data.length === 0 || data[data.length - 1] !== 0;
    let n = data.length;
    if (pos + n > this.size) {
      if (this.pos + (addNul ? 1 : 0) >= this.size) return fail(ENOSPC);
      n = this.size - pos;
    }
    if (n > 0) m.mem.writeBytes(offset(this.buf, pos), data.subarray(0, n));
    this.pos = pos + n;
    if (this.pos > this.maxpos) {
      this.maxpos = this.pos;
      if (this.maxpos < this.size && addNul) m.mem.writeBytes(offset(this.buf, this.maxpos), Uint8Array.of(0));
      else if (!this.append && addNul) m.mem.writeBytes(offset(this.buf, this.size - 1), Uint8Array.of(0));
    }
    return ok(n);
  }

  override seek(_m: ShimMachine, off: number, whence: number): IoResult<number> {
    const to = seekTarget(this.pos, this.maxpos, off, whence);
    if (to === undefined || to < 0 || to > this.size) return fail(EINVAL);
    this.pos = to;
    return ok(to);
  }

  override close(m: ShimMachine): IoResult<0> {
    if (this.own) m.mem.free(this.buf, 'heap', 'fclose');
    return ok(0);
  }
}

/** POSIX fmemopen: size 0 is EINVAL; a null buffer is allocated (and freed at fclose); "w+" empties the buffer. */
export function fmemopen(m: ShimMachine, a: Args): Ptr {
  const buf = asPtr(a[0]!);
  const size = Number(a[1]!);
  const modeText = readCStringText(m, asPtr(a[2]!));
  const mode = parseMode(modeText);
  if (!mode || size === 0) return nullWith(m, EINVAL);
  let at = buf;
  if (buf.addr === 0) {
    const id = m.mem.allocate(size, 16, 'heap', undefined, false);
    at = { addr: m.mem.base(id), prov: id };
    m.mem.writeBytes(at, Uint8Array.of(0));
  } else {
    // A "r" stream only reads the buffer (a string literal is fine); the others write it.
    m.mem.checkRange(buf, size, mode.writable ? 'write' : 'read');
    if (modeText.startsWith('w+')) m.mem.writeBytes(buf, Uint8Array.of(0));
  }
  const maxpos = modeText.startsWith('r') ? size : mode.append && buf.addr !== 0 ? strnlen(m, buf, size) : 0;
  const s = openStream(m, -1, 'fmemopen()', mode);
  s.device = new FixedMemory(at, size, maxpos, mode.append, buf.addr === 0);
  s.blockSize = BUFSIZ;
  return s.ptr;
}

function strnlen(m: ShimMachine, p: Ptr, max: number): number {
  const bytes = m.mem.readBytes(p, max, false);
  const nul = bytes.indexOf(0);
  return nul < 0 ? max : nul;
}

function nullWith(m: ShimMachine, errno: number): Ptr {
  m.setErrno(errno);
  return NULL_PTR;
}

/** open_memstream's file: a growing heap block, published through *bufp and *sizep. */
class GrowingMemory extends FileDescription {
  private block: Ptr;
  private capacity = 1;
  private len = 0;
  private pos = 0;

  constructor(m: ShimMachine, private readonly bufp: Ptr, private readonly sizep: Ptr) {
    super('open_memstream buffer');
    this.block = realloc(m, [NULL_PTR, 1]);
    m.mem.writeBytes(this.block, Uint8Array.of(0));
  }

  override write(m: ShimMachine, data: Uint8Array): IoResult<number> {
    const end = this.pos + data.length;
    if (end + 1 > this.capacity) this.grow(m, end + 1);
    if (this.pos > this.len) m.mem.fillBytes(offset(this.block, this.len), 0, this.pos - this.len);
    m.mem.writeBytes(offset(this.block, this.pos), data);
    this.pos = end;
    this.len = Math.max(this.len, end);
    m.mem.writeBytes(offset(this.block, this.len), Uint8Array.of(0));
    this.publish(m);
    return ok(data.length);
  }

  /** realloc to at least `need` bytes (doubling), as the block moves, *bufp must follow. */
  private grow(m: ShimMachine, need: number): void {
    this.capacity = Math.max(need, this.capacity * 2);
    this.block = realloc(m, [this.block, this.capacity]);
  }

  /** glibc's _IO_mem_sync: *bufp is the block, *sizep the current position. */
  private publish(m: ShimMachine): void {
    m.mem.storePtr(this.bufp, this.block);
    m.mem.storeScalar(this.sizep, 'u64', Math.min(this.pos, this.len));
  }

  override seek(_m: ShimMachine, off: number, whence: number): IoResult<number> {
    const to = seekTarget(this.pos, this.len, off, whence);
    if (to === undefined || to < 0) return fail(EINVAL);
    this.pos = to;
    return ok(to);
  }

  override close(m: ShimMachine): IoResult<0> {
    this.publish(m);
    return ok(0);
  }
}

/** POSIX open_memstream: a write-only stream into a heap block the program frees after fclose. */
export function open_memstream(m: ShimMachine, a: Args): Ptr {
  const [bufp, sizep] = [asPtr(a[0]!), asPtr(a[1]!)];
  if (bufp.addr === 0 || sizep.addr === 0) return nullWith(m, EINVAL);
  m.mem.checkRange(bufp, 8, 'write');
  m.mem.checkRange(sizep, 8, 'write');
  const s = openStream(m, -1, 'open_memstream()', { readable: false, writable: true, update: false, append: false });
  s.device = new GrowingMemory(m, bufp, sizep);
  s.blockSize = BUFSIZ;
  return s.ptr;
}

export const stdioMemoryShims: readonly ShimDef[] = [
  { name: 'fmemopen', params: ['ptr', 'u64', 'ptr'], ret: 'ptr', handler: fmemopen },
  { name: 'open_memstream', params: ['ptr', 'ptr'], ret: 'ptr', handler: open_memstream },
];
