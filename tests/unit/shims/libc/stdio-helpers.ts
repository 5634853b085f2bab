/**
 * Helpers for the stdio unit tests: a machine with redirected standard
 * streams, an in-memory regular file description
 * (seekable, short I/O like a file), a stream opened on it with fdopen, and
 * the end of the program (the stdio flush hook).
 */
import { FileDescription, fdTable, fail, ok, type FileKind, type IoResult } from '../../../../src/shims/files.js';
import type { ShimMachine } from '../../../../src/shims/shim.js';
import type { Ptr } from '../../../../src/memory/pointer.js';
import { FakeMachine } from '../fake-machine.js';
import type { CiriConfig } from '../../../../src/config.js';

/**
 * A machine whose standard streams are redirected (so never a terminal, even
 * when vitest runs in one): stdout is then fully buffered, as in a pipe.
 */
export function machine(overrides: Partial<CiriConfig> = {}): FakeMachine {
  return new FakeMachine({ stdout: () => {}, stderr: () => {}, stdin: () => null, ...overrides });
}

/** A regular file held in memory. */
export class MemFile extends FileDescription {
  private data: number[];
  private pos = 0;

  constructor(text = '') {
    super('memfile');
    this.data = [...Buffer.from(text, 'latin1')];
  }

  override get kind(): FileKind {
    return 'file';
  }

  override read(_m: ShimMachine, len: number): IoResult<Uint8Array> {
    const out = Uint8Array.from(this.data.slice(this.pos, this.pos + len));
    this.pos += out.length;
    return ok(out);
  }

  override write(_m: ShimMachine, bytes: Uint8Array): IoResult<number> {
    if (this.statusFlags & 0o2000) this.pos = this.data.length;
    for (let i = 0; i < bytes.length; i++) this.data[this.pos + i] = bytes[i]!;
    this.pos += bytes.length;
    return ok(bytes.length);
  }

  override seek(_m: ShimMachine, offset: number, whence: number): IoResult<number> {
    const base = whence === 0 ? 0 : whence === 1 ? this.pos : this.data.length;
    if (base + offset < 0) return fail(22);
    this.pos = base + offset;
    return ok(this.pos);
  }

  text(): string {
    return Buffer.from(this.data).toString('latin1');
  }

  append(text: string): void {
    this.data.push(...Buffer.from(text, 'latin1'));
  }
}

/** A MemFile on a new fd with a stream opened on it by fdopen(fd, mode). */
export function openMem(m: FakeMachine, mode: string, text = ''): { file: MemFile; fp: Ptr; fd: number } {
  const file = new MemFile(text);
  file.statusFlags = 2 | (mode.startsWith('a') ? 0o2000 : 0);
  const fd = fdTable(m).insert(file);
  if (!fd.ok) throw new Error('no fd');
  const fp = m.callPtr('fdopen', [fd.value, m.cstr(mode)]);
  if (fp.addr === 0) throw new Error(`fdopen failed: ${m.errno}`);
  return { file, fp, fd: fd.value };
}

/** Runs the end-of-program hooks (stdio flushes every stream there). */
export function end(m: FakeMachine): void {
  for (const hook of m.endHooks.splice(0)) hook();
}
