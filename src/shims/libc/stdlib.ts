/**
 * <stdlib.h> (C17 7.22): memory management, program termination, atoi and
 * abs families, getenv, rand/srand. The strto* parsers sit in strtonum.ts.
 *
 * Memory management follows glibc where C leaves a choice (malloc(0) returns
 * a unique pointer, realloc(p, 0) frees p and returns NULL), with one
 * deliberate difference: realloc ALWAYS moves the block, so every stale
 * pointer to the old block is caught as a use-after-free.
 *
 * Not here: qsort/bsearch (they call back into C), the multibyte functions,
 * system.
 * Invariant: a block handed out by this file has kind 'heap' and is released
 * only through `MemoryApi.free`, which reports double and invalid frees.
 */
import type { ShimDef, ShimMachine, ShimValue } from '../shim.js';
import { asInt, asPtr, asSize } from '../shim.js';
import type { Ptr } from '../../memory/pointer.js';
import { NULL_PTR, canon64 } from '../../memory/pointer.js';
import { cStringBytes, familyState, readCStringText, staticString } from '../access.js';
import { EINVAL, ENOMEM } from '../errno.js';
import { parseInteger } from './strtonum.js';
import { glibcRandom } from './rand.js';

type Args = ShimValue[];

/** Every malloc'd block is aligned like glibc's (alignof(max_align_t) = 16 on x86-64). */
const MALLOC_ALIGN = 16;
const PTRDIFF_MAX = 2 ** 63 - 1;

/**
 * One heap block of `size` bytes, or NULL with ENOMEM for a request no
 * machine could satisfy: above PTRDIFF_MAX (glibc refuses those) or above the
 * configured memory limit as a whole (the program sees an allocation failure,
 * as on a machine of that size). Cumulative growth past the limit is a
 * `limit` stop raised by memory.
 */
function heapBlock(m: ShimMachine, size: number, align: number, zeroed: boolean): Ptr {
  if (size > PTRDIFF_MAX || size > m.config.maxMemory) {
    m.setErrno(ENOMEM);
    return NULL_PTR;
  }
  const id = m.mem.allocate(size, align, 'heap', undefined, zeroed);
  return { addr: m.mem.base(id), prov: id };
}

/** C17 7.22.3.4 */
export function malloc(m: ShimMachine, a: Args): Ptr {
  return heapBlock(m, asSize(a[0]!), MALLOC_ALIGN, false);
}

/** C17 7.22.3.2: n * size must not overflow size_t (glibc: NULL with ENOMEM). */
export function calloc(m: ShimMachine, a: Args): Ptr {
  const n = BigInt(a[0] as number | bigint);
  const size = BigInt(a[1] as number | bigint);
  const total = n * size;
  if (total >= 1n << 64n) {
    m.setErrno(ENOMEM);
    return NULL_PTR;
  }
  return heapBlock(m, Number(total), MALLOC_ALIGN, true);
}

/**
 * C17 7.22.3.5. The block always moves: a new block, the first
 * min(old, new) bytes copied with their init state and provenance, the old
 * block freed (which also validates `p`, reporting invalid or double frees).
 */
export function realloc(m: ShimMachine, a: Args): Ptr {
  const p = asPtr(a[0]!);
  const size = asSize(a[1]!);
  if (p.addr === 0 && p.prov === 0) return heapBlock(m, size, MALLOC_ALIGN, false);
  if (!isHeapStart(m, p)) m.mem.free(p, 'heap', 'realloc'); // reports why p is not a block
  if (size === 0) {
    m.mem.free(p, 'heap', 'realloc');
    return NULL_PTR;
  }
  const q = heapBlock(m, size, MALLOC_ALIGN, false);
  if (q.addr === 0) return q; // C17 7.22.3.5p4: the old block is left untouched
  const keep = Math.min(size, m.mem.size(p.prov));
  if (keep > 0) m.mem.copyBytes(q, p, keep, false, 'realloc');
  m.mem.free(p, 'heap', 'realloc');
  return q;
}

function isHeapStart(m: ShimMachine, p: Ptr): boolean {
  const mem = m.mem;
  return p.prov !== 0 && mem.isLive(p.prov) && mem.kind(p.prov) === 'heap' && mem.base(p.prov) === p.addr;
}

/** C17 7.22.3.3: free(NULL) does nothing. */
export function free(m: ShimMachine, a: Args): void {
  const p = asPtr(a[0]!);
  if (p.addr === 0 && p.prov === 0) return;
  m.mem.free(p, 'heap', 'free');
}

/** C17 7.22.3.1; glibc only requires a power of two (EINVAL otherwise). */
export function aligned_alloc(m: ShimMachine, a: Args): Ptr {
  const align = asSize(a[0]!);
  if (!isPowerOfTwo(align)) {
    m.setErrno(EINVAL);
    return NULL_PTR;
  }
  return heapBlock(m, asSize(a[1]!), Math.max(align, MALLOC_ALIGN), false);
}

/** POSIX posix_memalign: alignment a power of two multiple of sizeof(void *); the error is returned, errno untouched. */
export function posix_memalign(m: ShimMachine, a: Args): number {
  const out = asPtr(a[0]!);
  const align = asSize(a[1]!);
  m.mem.checkRange(out, 8, 'write');
  if (!isPowerOfTwo(align) || align % 8 !== 0) return EINVAL;
  const size = asSize(a[2]!);
  if (size > PTRDIFF_MAX || size > m.config.maxMemory) return ENOMEM;
  m.mem.storePtr(out, heapBlock(m, size, Math.max(align, MALLOC_ALIGN), false));
  return 0;
}

function isPowerOfTwo(n: number): boolean {
  if (!Number.isSafeInteger(n) || n <= 0) return false;
  const b = BigInt(n);
  return (b & (b - 1n)) === 0n;
}

/** C17 7.22.4.4: atexit handlers run, streams are flushed, then the status goes to the host. */
export function exit(m: ShimMachine, a: Args): never {
  return m.exit(asInt(a[0]!));
}

/** C17 7.22.4.5: _Exit ends the program without running the atexit handlers. */
export function _Exit(m: ShimMachine, a: Args): never {
  return m.exit(asInt(a[0]!), false);
}

/** C17 7.22.4.1 */
export function abort(m: ShimMachine): never {
  return m.abort();
}

/** C17 7.22.4.2: returns zero on success. */
export function atexit(m: ShimMachine, a: Args): number {
  const fn = asPtr(a[0]!);
  if (fn.addr === 0) m.raise({ kind: 'invalid-argument', fn: 'atexit', detail: 'the function pointer is null' });
  return m.atexit(fn) ? 0 : 1;
}

/**
 * C17 7.22.1.2: atoi/atol/atoll are strtol(s, NULL, 10) converted to the
 * result type; "if the value of the result cannot be represented, the
 * behavior is undefined".
 */
function atoX(bits: 32 | 64) {
  return (m: ShimMachine, a: Args): number | bigint => {
    const r = parseInteger(m, asPtr(a[0]!), 10);
    const v = r.value;
    const lim = 1n << BigInt(bits - 1);
    if (r.overflow || v < -lim || v >= lim) {
      m.raise({ kind: 'invalid-argument', fn: m.currentShim, detail: `the number does not fit in the result type (C17 7.22.1p1)` });
    }
    return bits === 32 ? Number(v) : canon64(v);
  };
}

/** C17 7.22.6.1: abs of the most negative value is not representable (signed overflow). */
function absX(bits: 32 | 64, type: string) {
  const min = -(1n << BigInt(bits - 1));
  return (m: ShimMachine, a: Args): number | bigint => {
    const v = BigInt(a[0] as number | bigint);
    if (v === min) m.raise({ kind: 'signed-overflow', op: '-', type, left: String(v), right: undefined });
    const r = v < 0n ? -v : v;
    return bits === 32 ? Number(r) : canon64(r);
  };
}

/**
 * C17 7.22.6.2: `div`, `ldiv`, `lldiv` return `{ quot, rem }` (through the
 * hidden result pointer a record return gets), truncating towards zero.
 * Division by zero and the quotient overflow of MIN / -1 are undefined.
 */
function divX(bits: 32 | 64, type: string) {
  const size = bits / 8;
  const kind = bits === 32 ? 'i32' : 'i64';
  const min = -(1n << BigInt(bits - 1));
  return (m: ShimMachine, a: Args): void => {
    const out = asPtr(a[0]!);
    const [n, d] = [BigInt(a[1] as number | bigint), BigInt(a[2] as number | bigint)];
    if (d === 0n) m.raise({ kind: 'division-by-zero', op: '/', type });
    if (n === min && d === -1n) m.raise({ kind: 'signed-overflow', op: '/', type, left: String(n), right: String(d) });
    const [q, r] = [n / d, n % d];
    const wrap = (v: bigint): number | bigint => (bits === 32 ? Number(v) : canon64(v));
    m.mem.checkRange(out, 2 * size, 'write');
    m.mem.storeScalar(out, kind, wrap(q));
    m.mem.storeScalar({ addr: out.addr + size, prov: out.prov }, kind, wrap(r));
  };
}

/**
 * C17 7.22.4.6: the value of an environment variable from `config.env`. The
 * string lives in memory allocated once per variable (kind 'global', so it is
 * never a leak), and the program must not modify it.
 */
export function getenv(m: ShimMachine, a: Args): Ptr {
  const name = readCStringText(m, asPtr(a[0]!));
  const value = Object.prototype.hasOwnProperty.call(m.config.env, name) ? m.config.env[name] : undefined;
  if (value === undefined) return NULL_PTR;
  const cache = familyState(m, 'getenv', () => new Map<string, Ptr>());
  let p = cache.get(name);
  if (!p) {
    p = staticString(m, cStringBytes(value), name, true);
    cache.set(name, p);
  }
  return p;
}

/** C17 7.22.2.1: glibc's generator, seeded with 1 until srand is called. */
export function rand(m: ShimMachine): number {
  return familyState(m, 'rand', () => glibcRandom(1)).next();
}

/** C17 7.22.2.2 */
export function srand(m: ShimMachine, a: Args): void {
  m.shimState.set('rand', glibcRandom(asInt(a[0]!) >>> 0));
}

const S = (name: string, params: ShimDef['params'], ret: ShimDef['ret'], handler: ShimDef['handler']): ShimDef => ({ name, params, ret, handler });

export const stdlibShims: readonly ShimDef[] = [
  S('malloc', ['u64'], 'ptr', malloc),
  S('calloc', ['u64', 'u64'], 'ptr', calloc),
  S('realloc', ['ptr', 'u64'], 'ptr', realloc),
  S('free', ['ptr'], 'void', free),
  S('aligned_alloc', ['u64', 'u64'], 'ptr', aligned_alloc),
  S('posix_memalign', ['ptr', 'u64', 'u64'], 'i32', posix_memalign),
  S('exit', ['i32'], 'void', exit),
  S('_Exit', ['i32'], 'void', _Exit),
  S('abort', [], 'void', abort),
  S('atexit', ['ptr'], 'i32', atexit),
  S('atoi', ['ptr'], 'i32', atoX(32)),
  S('atol', ['ptr'], 'i64', atoX(64)),
  S('atoll', ['ptr'], 'i64', atoX(64)),
  S('abs', ['i32'], 'i32', absX(32, 'int')),
  S('labs', ['i64'], 'i64', absX(64, 'long')),
  S('div', ['ptr', 'i32', 'i32'], 'void', divX(32, 'int')),
  S('ldiv', ['ptr', 'i64', 'i64'], 'void', divX(64, 'long')),
  S('lldiv', ['ptr', 'i64', 'i64'], 'void', divX(64, 'long long')),
  S('llabs', ['i64'], 'i64', absX(64, 'long long')),
  S('getenv', ['ptr'], 'ptr', getenv),
  S('rand', [], 'i32', rand),
  S('srand', ['u32'], 'void', srand),
];
