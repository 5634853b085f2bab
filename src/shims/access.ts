/**
 * Checked access helpers that several shim families share: reading C
 * strings, bounded scans (strnlen, memchr), pointer offsets that keep
 * provenance, and the "null pointer argument" precondition (C17 7.1.4p1).
 *
 * Deliberately not here: anything about one family (formats, fds, streams).
 *
 * Invariant: every helper checks the whole range it reads through `MemoryApi`
 * before returning data, so a caller that only uses these helpers never
 * touches memory that the program could not have accessed itself.
 */
import type { ShimMachine } from './shim.js';
import type { Ptr } from '../memory/pointer.js';

const utf8 = new TextDecoder('utf-8', { fatal: false });
const encoder = new TextEncoder();

/** `p + n`, keeping p's provenance (a returned pointer points into the argument's object). */
export function offset(p: Ptr, n: number): Ptr {
  return { addr: p.addr + n, prov: p.prov };
}

/**
 * C17 7.1.4p1: a null pointer passed where the function needs an object is
 * UB even when the length is zero, where no byte would be touched.
 */
export function requireNonNull(m: ShimMachine, p: Ptr, what: string): void {
  if (p.addr === 0) m.raise({ kind: 'invalid-argument', fn: m.currentShim, detail: `${what} is a null pointer` });
}

/** The bytes of the NUL-terminated string at p, without the NUL (checked: in bounds, initialized). */
export function readCString(m: ShimMachine, p: Ptr): Uint8Array {
  requireNonNull(m, p, 'the string argument');
  const len = m.mem.strlen(p);
  return m.mem.readBytes(p, len, true);
}

/** The string at p decoded as UTF-8 (for names, paths, messages). */
export function readCStringText(m: ShimMachine, p: Ptr): string {
  return utf8.decode(readCString(m, p));
}

/** Bytes of a JS string plus a terminating NUL. */
export function cStringBytes(s: string): Uint8Array {
  const body = encoder.encode(s);
  const out = new Uint8Array(body.length + 1);
  out.set(body);
  return out;
}

export function textBytes(s: string): Uint8Array {
  return encoder.encode(s);
}

/** How many bytes from p to the end of its allocation, or 0 when p cannot access anything there. */
function accessible(m: ShimMachine, p: Ptr): number {
  const mem = m.mem;
  if (p.prov === 0 || !mem.isLive(p.prov)) return 0;
  const off = p.addr - mem.base(p.prov);
  const size = mem.size(p.prov);
  return off >= 0 && off <= size ? size - off : 0;
}

/**
 * Reads bytes at p sequentially, at most `max`, stopping at the first byte
 * for which `stop` holds (C17 7.24.5.1p2 "as if it reads the characters
 * sequentially and stops as soon as a matching character is found").
 * Returns the index of that byte, or -1 when none of the `max` bytes matched.
 * Only the bytes actually read must be in bounds and initialized.
 */
export function scanBytes(m: ShimMachine, p: Ptr, max: number, stop: (b: number) => boolean): number {
  if (max <= 0) return -1;
  const avail = Math.min(accessible(m, p), max);
  const bytes = avail > 0 ? m.mem.readBytes(p, avail, false) : new Uint8Array(0);
  let i = 0;
  while (i < avail && !stop(bytes[i]!)) i++;
  // Check for real what the program read: memory then reports out-of-bounds,
  // use-after-free or uninitialized bytes exactly as it sees them.
  if (i < avail) {
    m.mem.readBytes(p, i + 1, true);
    return i;
  }
  if (avail > 0) m.mem.readBytes(p, avail, true);
  if (avail < max) m.mem.checkRange(p, avail + 1, 'read');
  return -1;
}

/** strnlen semantics: length of the string at p, reading at most `max` bytes. */
export function boundedStrlen(m: ShimMachine, p: Ptr, max: number): number {
  const i = scanBytes(m, p, max, (b) => b === 0);
  return i < 0 ? Math.max(max, 0) : i;
}

/** Writes `data` at p after checking the whole destination range. */
export function writeChecked(m: ShimMachine, p: Ptr, data: Uint8Array): void {
  m.mem.checkRange(p, data.length, 'write');
  if (data.length > 0) m.mem.writeBytes(p, data);
}

/** Allocates `bytes` (a C string incl. NUL) once as a global the program must not write. */
export function staticString(m: ShimMachine, bytes: Uint8Array, name: string | undefined, readonly: boolean): Ptr {
  const id = m.mem.allocate(bytes.length, 1, 'global', name);
  const p = { addr: m.mem.base(id), prov: id };
  m.mem.writeBytes(p, bytes);
  if (readonly) m.mem.setReadonly(id);
  return p;
}

/** Family state kept on the machine, created on first use. */
export function familyState<T>(m: ShimMachine, family: string, create: () => T): T {
  let s = m.shimState.get(family) as T | undefined;
  if (s === undefined) {
    s = create();
    m.shimState.set(family, s);
  }
  return s;
}
