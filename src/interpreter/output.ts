/**
 * The program's stdout and stderr as the host sees them.
 *
 * Writes are buffered in order across both streams (so interleaving is kept)
 * and flushed when the buffer grows, at exit, and before ciri prints a
 * diagnostic, so output written before a stop is never lost. The default
 * sinks write synchronously to the process's fds 1 and 2.
 */
import { writeSync } from 'node:fs';

type Sink = (bytes: Uint8Array) => void;

const FLUSH_AT = 1 << 16;

/** Write all of `bytes` to a host fd synchronously (a non-blocking pipe may be full for a moment). */
export function writeFully(fd: number, bytes: Uint8Array): void {
  let off = 0;
  while (off < bytes.length) {
    try {
      off += writeSync(fd, bytes, off, bytes.length - off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
    }
  }
}

function fdSink(fd: number): Sink {
  return (bytes) => writeFully(fd, bytes);
}

export class ProgramOutput {
  private readonly chunks: { fd: 1 | 2; bytes: Uint8Array }[] = [];
  private pending = 0;
  private readonly sinks: Record<1 | 2, Sink>;

  constructor(stdout: Sink | undefined, stderr: Sink | undefined) {
    this.sinks = { 1: stdout ?? fdSink(1), 2: stderr ?? fdSink(2) };
  }

  write(fd: 1 | 2, bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    this.chunks.push({ fd, bytes: bytes.slice() });
    this.pending += bytes.length;
    if (this.pending >= FLUSH_AT) this.flush();
  }

  flush(): void {
    let i = 0;
    while (i < this.chunks.length) {
      const fd = this.chunks[i]!.fd;
      let j = i;
      let size = 0;
      while (j < this.chunks.length && this.chunks[j]!.fd === fd) size += this.chunks[j++]!.bytes.length;
      const merged = new Uint8Array(size);
      let off = 0;
      for (let k = i; k < j; k++) { merged.set(this.chunks[k]!.bytes, off); off += this.chunks[k]!.bytes.length; }
      this.sinks[fd](merged);
      i = j;
    }
    this.chunks.length = 0;
    this.pending = 0;
  }
}
