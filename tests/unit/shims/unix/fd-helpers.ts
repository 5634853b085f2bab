/**
 * Descriptions for the fd-layer tests: an in-memory regular file (kind
 * 'file', seekable, O_APPEND-aware as vfs's is) and a pipe end that would
 * block when empty, so fd.ts, fd-vectored.ts and fd-control.ts can be tested
 * without the file-system and IPC families.
 */
import { FakeMachine } from '../fake-machine.js';
import {
  fail, fdTable, FileDescription, type FileKind, type IoResult, O_APPEND, O_RDWR, ok, wouldBlock,
} from '../../../../src/shims/files.js';
import { EINVAL } from '../../../../src/shims/errno.js';
import type { ShimMachine } from '../../../../src/shims/shim.js';

export class MemFile extends FileDescription {
  pos = 0;
  constructor(public bytes: Uint8Array = new Uint8Array(0), readonly file: object = {}, flags = O_RDWR) {
    super('mem file');
    this.statusFlags = flags;
  }

  override get kind(): FileKind { return 'file'; }
  override get lockTarget(): object { return this.file; }

  override read(_m: ShimMachine, len: number): IoResult<Uint8Array> {
    const out = this.bytes.slice(this.pos, this.pos + len);
    this.pos += out.length;
    return ok(out);
  }

  override pread(_m: ShimMachine, len: number, offset: number): IoResult<Uint8Array> {
    return ok(this.bytes.slice(offset, offset + len));
  }

  override write(m: ShimMachine, data: Uint8Array): IoResult<number> {
    if ((this.statusFlags & O_APPEND) !== 0) this.pos = this.bytes.length;
    const r = this.pwrite(m, data, this.pos);
    if (r.ok) this.pos += r.value;
    return r;
  }

  override pwrite(_m: ShimMachine, data: Uint8Array, offset: number): IoResult<number> {
    const end = Math.max(this.bytes.length, offset + data.length);
    const next = new Uint8Array(end);
    next.set(this.bytes);
    next.set(data, offset);
    this.bytes = next;
    return ok(data.length);
  }

  override seek(_m: ShimMachine, offset: number, whence: number): IoResult<number> {
    const base = whence === 0 ? 0 : whence === 1 ? this.pos : this.bytes.length;
    if (base + offset < 0) return fail(EINVAL);
    this.pos = base + offset;
    return ok(this.pos);
  }

  override available(): IoResult<number> { return ok(this.bytes.length - this.pos); }
}

/** A pipe end with `data` waiting: a read of an empty pipe would block, a write always would. */
export class FakePipe extends FileDescription {
  constructor(public data: Uint8Array = new Uint8Array(0)) {
    super('pipe');
  }

  override get kind(): FileKind { return 'pipe'; }

  override read(_m: ShimMachine, len: number): IoResult<Uint8Array> {
    if (this.data.length === 0) return wouldBlock('the pipe is empty');
    const out = this.data.slice(0, len);
    this.data = this.data.slice(out.length);
    return ok(out);
  }

  override write(): IoResult<number> { return wouldBlock('the pipe is full'); }
}

/** A machine whose standard streams are not terminals, whatever the host's are. */
export function machine(overrides: ConstructorParameters<typeof FakeMachine>[0] = {}): FakeMachine {
  return new FakeMachine({ stdin: () => new Uint8Array(0), stdout: () => {}, stderr: () => {}, ...overrides });
}

/** Installs `desc` at the lowest free fd and returns that fd. */
export function install(m: FakeMachine, desc: FileDescription): number {
  const r = fdTable(m).insert(desc);
  if (!r.ok) throw new Error('no fd left');
  return r.value;
}

export const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
export const text = (b: Uint8Array): string => new TextDecoder().decode(b);
