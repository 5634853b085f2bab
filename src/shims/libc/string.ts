/**
 * <string.h> (C17 7.24) and the POSIX additions strnlen, strdup, strndup,
 * strcasecmp, strncasecmp.
 *
 * Every function checks the whole range it will touch before acting:
 * the source string including its NUL, the destination for everything that
 * will be written; copies go through `MemoryApi.copyBytes`, which reports
 * overlapping source and destination (`overlapping-copy`, C17 7.24.2.1p2 and
 * the "if copying takes place between objects that overlap, the behavior is
 * undefined" sentence of each copying function). Comparisons use unsigned
 * char (C17 7.24.4p1).
 *
 * Not here: strtok, strcoll, strxfrm, the wide-character functions.
 * Invariant: a returned pointer keeps the provenance of the argument it
 * points into.
 */
import type { ShimDef, ShimMachine, ShimValue } from '../shim.js';
import { asInt, asPtr, asSize } from '../shim.js';
import type { Ptr } from '../../memory/pointer.js';
import { NULL_PTR } from '../../memory/pointer.js';
import { boundedStrlen, cStringBytes, familyState, offset, readCString, requireNonNull, scanBytes, staticString } from '../access.js';
import { strerrorText } from '../errno.js';

type Args = ShimValue[];

/** C17 7.24.2.1: memcpy; overlap is UB. */
export function memcpy(m: ShimMachine, a: Args): Ptr {
  return copy(m, asPtr(a[0]!), asPtr(a[1]!), asSize(a[2]!), false, 'memcpy');
}

/** C17 7.24.2.2: memmove copies "as if through a temporary array". */
export function memmove(m: ShimMachine, a: Args): Ptr {
  return copy(m, asPtr(a[0]!), asPtr(a[1]!), asSize(a[2]!), true, 'memmove');
}

function copy(m: ShimMachine, dst: Ptr, src: Ptr, n: number, overlap: boolean, fn: string): Ptr {
  requireNonNull(m, dst, 'the destination');
  requireNonNull(m, src, 'the source');
  m.mem.copyBytes(dst, src, n, overlap, fn);
  return dst;
}

/** C17 7.24.6.1: memset writes (unsigned char)c into each of the first n bytes. */
export function memset(m: ShimMachine, a: Args): Ptr {
  const dst = asPtr(a[0]!);
  requireNonNull(m, dst, 'the destination');
  m.mem.fillBytes(dst, asInt(a[1]!) & 0xff, asSize(a[2]!));
  return dst;
}

/** C17 7.24.4.1: memcmp; the compared bytes must be initialized (a result from garbage is a bug). */
export function memcmp(m: ShimMachine, a: Args): number {
  const [p, q, n] = [asPtr(a[0]!), asPtr(a[1]!), asSize(a[2]!)];
  requireNonNull(m, p, 'the first argument');
  requireNonNull(m, q, 'the second argument');
  return compareBytes(m.mem.readBytes(p, n, true), m.mem.readBytes(q, n, true), n);
}

/** C17 7.24.5.1: memchr reads sequentially and stops at the first match. */
export function memchr(m: ShimMachine, a: Args): Ptr {
  const p = asPtr(a[0]!);
  const c = asInt(a[1]!) & 0xff;
  requireNonNull(m, p, 'the array');
  const i = scanBytes(m, p, asSize(a[2]!), (b) => b === c);
  return i < 0 ? NULL_PTR : offset(p, i);
}

/** C17 7.24.6.3 */
export function strlen(m: ShimMachine, a: Args): number {
  return readCString(m, asPtr(a[0]!)).length;
}

/** POSIX strnlen: reads at most maxlen bytes. */
export function strnlen(m: ShimMachine, a: Args): number {
  const p = asPtr(a[0]!);
  requireNonNull(m, p, 'the string');
  return boundedStrlen(m, p, asSize(a[1]!));
}

/** C17 7.24.4.2 */
export function strcmp(m: ShimMachine, a: Args): number {
  const s = readCString(m, asPtr(a[0]!));
  const t = readCString(m, asPtr(a[1]!));
  return compareStrings(s, t, Infinity, identity);
}

/** C17 7.24.4.4: at most n characters, none after a NUL; the arrays need not be terminated within n. */
export function strncmp(m: ShimMachine, a: Args): number {
  const [s, t] = boundedPair(m, a);
  return compareStrings(s, t, asSize(a[2]!), identity);
}

/** POSIX strcasecmp (C locale). */
export function strcasecmp(m: ShimMachine, a: Args): number {
  const s = readCString(m, asPtr(a[0]!));
  const t = readCString(m, asPtr(a[1]!));
  return compareStrings(s, t, Infinity, lower);
}

/** POSIX strncasecmp (C locale). */
export function strncasecmp(m: ShimMachine, a: Args): number {
  const [s, t] = boundedPair(m, a);
  return compareStrings(s, t, asSize(a[2]!), lower);
}

/** The two strings of strncmp-like functions, each read up to n bytes or its NUL. */
function boundedPair(m: ShimMachine, a: Args): [Uint8Array, Uint8Array] {
  const [p, q, n] = [asPtr(a[0]!), asPtr(a[1]!), asSize(a[2]!)];
  requireNonNull(m, p, 'the first string');
  requireNonNull(m, q, 'the second string');
  const read = (s: Ptr) => m.mem.readBytes(s, boundedStrlen(m, s, n), true);
  return [read(p), read(q)];
}

/** C17 7.24.2.3: strcpy copies the string including its NUL. */
export function strcpy(m: ShimMachine, a: Args): Ptr {
  const [dst, src] = [asPtr(a[0]!), asPtr(a[1]!)];
  requireNonNull(m, dst, 'the destination');
  const len = readCString(m, src).length;
  m.mem.checkRange(dst, len + 1, 'write');
  m.mem.copyBytes(dst, src, len + 1, false, 'strcpy');
  return dst;
}

/** C17 7.24.2.4: strncpy copies at most n characters and pads the rest of the n with NULs. */
export function strncpy(m: ShimMachine, a: Args): Ptr {
  const [dst, src, n] = [asPtr(a[0]!), asPtr(a[1]!), asSize(a[2]!)];
  requireNonNull(m, dst, 'the destination');
  requireNonNull(m, src, 'the source');
  const len = boundedStrlen(m, src, n);
  const k = Math.min(len + 1, n);
  m.mem.checkRange(dst, n, 'write');
  m.mem.copyBytes(dst, src, k, false, 'strncpy');
  if (n > k) m.mem.fillBytes(offset(dst, k), 0, n - k);
  return dst;
}

/** C17 7.24.3.1: strcat appends src (with its NUL) at the end of dst. */
export function strcat(m: ShimMachine, a: Args): Ptr {
  const [dst, src] = [asPtr(a[0]!), asPtr(a[1]!)];
  const dlen = readCString(m, dst).length;
  const slen = readCString(m, src).length;
  m.mem.checkRange(dst, dlen + slen + 1, 'write');
  m.mem.copyBytes(offset(dst, dlen), src, slen + 1, false, 'strcat');
  return dst;
}

/** C17 7.24.3.2: strncat appends at most n characters of src, then a NUL. */
export function strncat(m: ShimMachine, a: Args): Ptr {
  const [dst, src, n] = [asPtr(a[0]!), asPtr(a[1]!), asSize(a[2]!)];
  const dlen = readCString(m, dst).length;
  requireNonNull(m, src, 'the source');
  const slen = boundedStrlen(m, src, n);
  m.mem.checkRange(dst, dlen + slen + 1, 'write');
  m.mem.copyBytes(offset(dst, dlen), src, slen, false, 'strncat');
  m.mem.fillBytes(offset(dst, dlen + slen), 0, 1);
  return dst;
}

/** C17 7.24.5.2: the terminating NUL is part of the string, so strchr(s, 0) finds it. */
export function strchr(m: ShimMachine, a: Args): Ptr {
  const p = asPtr(a[0]!);
  const s = withNul(readCString(m, p));
  const i = s.indexOf(asInt(a[1]!) & 0xff);
  return i < 0 ? NULL_PTR : offset(p, i);
}

/** C17 7.24.5.5 */
export function strrchr(m: ShimMachine, a: Args): Ptr {
  const p = asPtr(a[0]!);
  const s = withNul(readCString(m, p));
  const i = s.lastIndexOf(asInt(a[1]!) & 0xff);
  return i < 0 ? NULL_PTR : offset(p, i);
}

/** C17 7.24.5.8: an empty needle matches at the start. */
export function strstr(m: ShimMachine, a: Args): Ptr {
  const p = asPtr(a[0]!);
  const hay = readCString(m, p);
  const needle = readCString(m, asPtr(a[1]!));
  const i = Buffer.from(hay.buffer, hay.byteOffset, hay.length).indexOf(Buffer.from(needle.buffer, needle.byteOffset, needle.length));
  return i < 0 ? NULL_PTR : offset(p, i);
}

/** C17 7.24.5.6: length of the initial segment made of bytes of `accept`. */
export function strspn(m: ShimMachine, a: Args): number {
  return span(m, a, true);
}

/** C17 7.24.5.3: length of the initial segment made of bytes not in `reject`. */
export function strcspn(m: ShimMachine, a: Args): number {
  return span(m, a, false);
}

function span(m: ShimMachine, a: Args, inSet: boolean): number {
  const s = readCString(m, asPtr(a[0]!));
  const set = new Set(readCString(m, asPtr(a[1]!)));
  let i = 0;
  while (i < s.length && set.has(s[i]!) === inSet) i++;
  return i;
}

/** C17 7.24.5.4: the first byte of s that is in `accept`, or NULL. */
export function strpbrk(m: ShimMachine, a: Args): Ptr {
  const p = asPtr(a[0]!);
  const i = strcspn(m, a);
  return i < readCString(m, p).length ? offset(p, i) : NULL_PTR;
}

/**
 * C17 7.24.5.8 strtok and POSIX strtok_r: split a string in place. The next
 * token starts after the leading delimiters; the delimiter ending it is
 * overwritten with NUL and the scan resumes after it. `save` holds where the
 * next call starts (NULL when the string is exhausted).
 */
function tokenize(m: ShimMachine, str: Ptr, delimPtr: Ptr, save: Ptr): { token: Ptr; next: Ptr } {
  const start = str.addr !== 0 ? str : save;
  if (start.addr === 0) return { token: NULL_PTR, next: NULL_PTR };
  const s = readCString(m, start);
  const delims = new Set(readCString(m, delimPtr));
  let i = 0;
  while (i < s.length && delims.has(s[i]!)) i++;
  if (i === s.length) return { token: NULL_PTR, next: NULL_PTR };
  let j = i;
  while (j < s.length && !delims.has(s[j]!)) j++;
  if (j === s.length) return { token: offset(start, i), next: NULL_PTR };
  m.mem.writeBytes(offset(start, j), new Uint8Array(1));
  return { token: offset(start, i), next: offset(start, j + 1) };
}

export function strtok(m: ShimMachine, a: Args): Ptr {
  const state = familyState(m, 'strtok', () => ({ save: NULL_PTR as Ptr }));
  const { token, next } = tokenize(m, asPtr(a[0]!), asPtr(a[1]!), state.save);
  state.save = next;
  return token;
}

export function strtok_r(m: ShimMachine, a: Args): Ptr {
  const savePtr = asPtr(a[2]!);
  m.mem.checkRange(savePtr, 8, 'write');
  const str = asPtr(a[0]!);
  const save = str.addr !== 0 ? NULL_PTR : m.mem.loadPtr(savePtr);
  const { token, next } = tokenize(m, str, asPtr(a[1]!), save);
  m.mem.storePtr(savePtr, next);
  return token;
}

/** POSIX strdup: a heap copy that free() releases; NULL with ENOMEM is not modelled (memory limit stops). */
export function strdup(m: ShimMachine, a: Args): Ptr {
  const src = asPtr(a[0]!);
  return duplicate(m, src, readCString(m, src).length);
}

/** POSIX strndup: copies at most n bytes and always terminates the copy. */
export function strndup(m: ShimMachine, a: Args): Ptr {
  const src = asPtr(a[0]!);
  requireNonNull(m, src, 'the string');
  return duplicate(m, src, boundedStrlen(m, src, asSize(a[1]!)));
}

function duplicate(m: ShimMachine, src: Ptr, len: number): Ptr {
  const id = m.mem.allocate(len + 1, 16, 'heap');
  const dst = { addr: m.mem.base(id), prov: id };
  m.mem.copyBytes(dst, src, len, false, m.currentShim);
  m.mem.fillBytes(offset(dst, len), 0, 1);
  return dst;
}

/** C17 7.24.6.2: the text lives in a static, read-only string allocated once per errno value. */
export function strerror(m: ShimMachine, a: Args): Ptr {
  const code = asInt(a[0]!);
  const cache = familyState(m, 'strerror', () => new Map<number, Ptr>());
  let p = cache.get(code);
  if (!p) {
    p = staticString(m, cStringBytes(strerrorText(code)), undefined, true);
    cache.set(code, p);
  }
  return p;
}

function withNul(s: Uint8Array): Uint8Array {
  const out = new Uint8Array(s.length + 1);
  out.set(s);
  return out;
}

function identity(b: number): number {
  return b;
}

function lower(b: number): number {
  return b >= 0x41 && b <= 0x5a ? b + 32 : b;
}

/** Byte-wise comparison of two strings (as unsigned char) up to n characters or the first NUL. */
function compareStrings(s: Uint8Array, t: Uint8Array, n: number, map: (b: number) => number): number {
  for (let i = 0; i < n; i++) {
    const x = map(s[i] ?? 0);
    const y = map(t[i] ?? 0);
    if (x !== y) return x - y;
    if (x === 0) return 0;
  }
  return 0;
}

function compareBytes(s: Uint8Array, t: Uint8Array, n: number): number {
  for (let i = 0; i < n; i++) if (s[i] !== t[i]) return s[i]! - t[i]!;
  return 0;
}

const S = (name: string, params: ShimDef['params'], ret: ShimDef['ret'], handler: ShimDef['handler']): ShimDef => ({ name, params, ret, handler });

export const stringShims: readonly ShimDef[] = [
  S('memcpy', ['ptr', 'ptr', 'u64'], 'ptr', memcpy),
  S('memmove', ['ptr', 'ptr', 'u64'], 'ptr', memmove),
  S('memset', ['ptr', 'i32', 'u64'], 'ptr', memset),
  S('memcmp', ['ptr', 'ptr', 'u64'], 'i32', memcmp),
  S('memchr', ['ptr', 'i32', 'u64'], 'ptr', memchr),
  S('strlen', ['ptr'], 'u64', strlen),
  S('strnlen', ['ptr', 'u64'], 'u64', strnlen),
  S('strcmp', ['ptr', 'ptr'], 'i32', strcmp),
  S('strncmp', ['ptr', 'ptr', 'u64'], 'i32', strncmp),
  S('strcasecmp', ['ptr', 'ptr'], 'i32', strcasecmp),
  S('strncasecmp', ['ptr', 'ptr', 'u64'], 'i32', strncasecmp),
  S('strcpy', ['ptr', 'ptr'], 'ptr', strcpy),
  S('strncpy', ['ptr', 'ptr', 'u64'], 'ptr', strncpy),
  S('strcat', ['ptr', 'ptr'], 'ptr', strcat),
  S('strncat', ['ptr', 'ptr', 'u64'], 'ptr', strncat),
  S('strchr', ['ptr', 'i32'], 'ptr', strchr),
  S('strrchr', ['ptr', 'i32'], 'ptr', strrchr),
  S('strstr', ['ptr', 'ptr'], 'ptr', strstr),
  S('strspn', ['ptr', 'ptr'], 'u64', strspn),
  S('strtok', ['ptr', 'ptr'], 'ptr', strtok),
  S('strtok_r', ['ptr', 'ptr', 'ptr'], 'ptr', strtok_r),
  S('strcspn', ['ptr', 'ptr'], 'u64', strcspn),
  S('strpbrk', ['ptr', 'ptr'], 'ptr', strpbrk),
  S('strdup', ['ptr'], 'ptr', strdup),
  S('strndup', ['ptr', 'u64'], 'ptr', strndup),
  S('strerror', ['i32'], 'ptr', strerror),
];
