/**
 * Anonymous memory mappings: mmap, munmap and getpagesize (POSIX mmap,
 * munmap; Linux mmap(2) for the flag values and the errno of each failure).
 *
 * A mapping is one allocation of kind 'mmap': page-aligned, zero-filled, its
 * size the length rounded up to whole pages (the program may use the tail of
 * the last page, as on Linux). It is released whole by munmap, never by free;
 * it is never reported as a leak (memory's leak scan looks at heap blocks only).
 * `MAP_SHARED | MAP_ANONYMOUS` behaves like a private mapping: there is only
 * one process (no fork), so nobody could see the difference.
 *
 * Deliberately not here: file mappings, MAP_FIXED and the other flags,
 * protections other than PROT_READ | PROT_WRITE (each an `unsupported` stop
 * naming what was asked), mprotect/mremap/madvise (not provided, so calling
 * one is the machine's "function ciri does not provide" stop), and unmapping part of a
 * mapping, which the abstract machine cannot express: a mapping is one
 * allocation, so that is the `partial-munmap` UB (as in Miri).
 *
 * Invariant: every pointer mmap returns is the start of a live 'mmap'
 * allocation whose base and size are multiples of PAGE_SIZE.
 */
import type { ShimDef, ShimMachine, ShimValue } from '../shim.js';
import { asInt, asPtr, asSize } from '../shim.js';
import type { Ptr } from '../../memory/pointer.js';
import { EBADF, EINVAL, ENOMEM } from '../errno.js';
import { fdTable } from '../files.js';

/** Linux x86-64's page size (DESIGN.md decision 1). */
export const PAGE_SIZE = 4096;

const PROT_READ = 0x1;
const PROT_WRITE = 0x2;
const MAP_SHARED = 0x01;
const MAP_PRIVATE = 0x02;
/** The mapping-type field of the flags (Linux MAP_TYPE): exactly MAP_SHARED or MAP_PRIVATE. */
const MAP_TYPE = 0x0f;
const MAP_ANONYMOUS = 0x20;

/**
 * Linux's TASK_SIZE on x86-64 (47-bit user space less one guard page): no
 * mapping reaches past it, so a longer mmap is ENOMEM and a munmap range
 * past it EINVAL.
 */
const TASK_SIZE = 2 ** 47 - PAGE_SIZE;

/** `(void *)-1`: addresses are the 64-bit value read as signed (memory/pointer.ts). */
const MAP_FAILED: Ptr = { addr: -1, prov: 0 };

/** The flags ciri does not support yet, with their <sys/mman.h> names (Linux values). */
const FLAG_NAMES: readonly (readonly [number, string])[] = [
  [0x10, 'MAP_FIXED'], [0x40, 'MAP_32BIT'], [0x100, 'MAP_GROWSDOWN'], [0x800, 'MAP_DENYWRITE'],
  [0x1000, 'MAP_EXECUTABLE'], [0x2000, 'MAP_LOCKED'], [0x4000, 'MAP_NORESERVE'], [0x8000, 'MAP_POPULATE'],
  [0x10000, 'MAP_NONBLOCK'], [0x20000, 'MAP_STACK'], [0x40000, 'MAP_HUGETLB'], [0x80000, 'MAP_SYNC'],
  [0x100000, 'MAP_FIXED_NOREPLACE'], [0x4000000, 'MAP_UNINITIALIZED'],
];

const PROT_NAMES: readonly (readonly [number, string])[] = [
  [0x1, 'PROT_READ'], [0x2, 'PROT_WRITE'], [0x4, 'PROT_EXEC'],
  [0x01000000, 'PROT_GROWSDOWN'], [0x02000000, 'PROT_GROWSUP'],
];

/** `n` rounded up to whole pages (exact for every n below 2^53). */
export function pageRound(n: number): number {
  return Math.ceil(n / PAGE_SIZE) * PAGE_SIZE;
}

/** "MAP_FIXED | MAP_POPULATE | 0x80000000": the set bits of `bits`, by name where known. */
function bitNames(bits: number, names: readonly (readonly [number, string])[]): string {
  const out: string[] = [];
  let rest = bits >>> 0;
  for (const [bit, name] of names) {
    if ((rest & bit) !== 0) {
      out.push(name);
      rest = (rest & ~bit) >>> 0;
    }
  }
  if (rest !== 0) out.push(`0x${rest.toString(16)}`);
  return out.join(' | ');
}

function mapFailed(m: ShimMachine, errno: number): Ptr {
  m.setErrno(errno);
  return MAP_FAILED;
}

/** Whether the `off_t` offset is a multiple of the page size. */
function pageAligned(offset: ShimValue): boolean {
  return typeof offset === 'bigint' ? offset % BigInt(PAGE_SIZE) === 0n : Number(offset) % PAGE_SIZE === 0;
}

/**
 * POSIX mmap. The checks that fail with an errno come first, in Linux's
 * order: an offset that is not page-aligned is EINVAL, a file mapping of an
 * fd that is not open EBADF, a zero length EINVAL, a
 * length no machine could map (past TASK_SIZE, or past the configured memory
 * as a whole) is ENOMEM, a mapping type other than exactly one of MAP_SHARED
 * and MAP_PRIVATE is EINVAL. Only then is what ciri cannot model an
 * `unsupported` stop. The hint address is ignored, as Linux does without
 * MAP_FIXED; so are fd and a page-aligned offset with MAP_ANONYMOUS.
 */
export function mmap(m: ShimMachine, args: ShimValue[]): Ptr {
  const length = asSize(args[1]!);
  const prot = asInt(args[2]!);
  const flags = asInt(args[3]!);
  if (!pageAligned(args[5]!)) return mapFailed(m, EINVAL);
  // ksys_mmap_pgoff looks the fd of a file mapping up before do_mmap checks anything else.
  if ((flags & MAP_ANONYMOUS) === 0 && !fdTable(m).get(asInt(args[4]!))) return mapFailed(m, EBADF);
  if (length === 0) return mapFailed(m, EINVAL);
  if (length > TASK_SIZE || length > m.config.maxMemory) return mapFailed(m, ENOMEM);
  const type = flags & MAP_TYPE;
  if (type !== MAP_SHARED && type !== MAP_PRIVATE) return mapFailed(m, EINVAL);
  if ((flags & MAP_ANONYMOUS) === 0) {
    m.unsupported('`mmap` of a file (flags without MAP_ANONYMOUS): ciri only maps anonymous memory');
  }
  const other = flags & ~(MAP_TYPE | MAP_ANONYMOUS);
  if (other !== 0) {
    m.unsupported(`\`mmap\` with ${bitNames(other, FLAG_NAMES)}: ciri supports MAP_PRIVATE or MAP_SHARED with MAP_ANONYMOUS, and no other flag`);
  }
  if (prot !== (PROT_READ | PROT_WRITE)) {
    const named = prot === 0 ? 'PROT_NONE' : bitNames(prot, PROT_NAMES);
    m.unsupported(`\`mmap\` with protection ${named}: ciri supports PROT_READ | PROT_WRITE only`);
  }
  const id = m.mem.allocate(pageRound(length), PAGE_SIZE, 'mmap', undefined, true);
  return { addr: m.mem.base(id), prov: id };
}

/**
 * POSIX munmap: "remove any mappings for those entire pages containing any
 * part of the address space of the process starting at addr and continuing
 * for len bytes"; no mapping in the range is not an error.
 *
 * Memory that did not come from mmap is UB whatever the address (so the
 * result does not depend on where the seed put a heap block). Then Linux's
 * EINVAL cases: an address that is not page-aligned, a zero length, a range
 * past TASK_SIZE. A pointer to no allocation ciri knows returns 0, as for an
 * unmapped range on Linux. For a mapping: the whole of it is freed, part of it
 * is `partial-munmap`, a range beyond it is `unsupported`, and a mapping
 * already unmapped is a double munmap (on Linux it would take away whatever
 * was mapped there since, such as a large malloc block).
 */
export function munmap(m: ShimMachine, args: ShimValue[]): number {
  const p = asPtr(args[0]!);
  const length = asSize(args[1]!);
  const id = p.prov !== 0 ? p.prov : m.mem.provenanceFor(p.addr);
  if (id !== 0) notMapped(m, id);
  const span = pageRound(length);
  if (p.addr % PAGE_SIZE !== 0 || length === 0 || p.addr > TASK_SIZE || span > TASK_SIZE - p.addr) {
    m.setErrno(EINVAL);
    return -1;
  }
  if (id === 0) return 0;
  if (!m.mem.isLive(id)) m.raise({ kind: 'double-free', alloc: m.mem.info(id) });
  unmapWhole(m, { addr: p.addr, prov: id }, span);
  return 0;
}

/** munmap of an allocation that is not a mapping: C code must release it its own way. */
function notMapped(m: ShimMachine, id: number): void {
  const kind = m.mem.kind(id);
  if (kind === 'mmap') return;
  m.raise({ kind: 'mismatched-deallocation', alloc: m.mem.info(id), expected: kind === 'heap' ? 'free' : 'none', actual: 'munmap' });
}

/** Frees the live mapping `p.prov` if [p, p + span) is exactly it; see `munmap`. */
function unmapWhole(m: ShimMachine, p: Ptr, span: number): void {
  const base = m.mem.base(p.prov);
  const size = m.mem.size(p.prov);
  const start = Math.max(p.addr, base);
  const end = Math.min(p.addr + span, base + size);
  if (start >= end) return; // the range misses this mapping: nothing of it to unmap
  if (start !== base || end !== base + size) {
    m.raise({ kind: 'partial-munmap', alloc: m.mem.info(p.prov), offset: start - base, size: end - start });
  }
  if (p.addr !== base || span !== size) {
    m.unsupported(`\`munmap\` of ${span} bytes at 0x${p.addr.toString(16)}, beyond the ${size}-byte mapping there: ciri unmaps one whole mapping at a time`);
  }
  m.mem.free(p, 'mmap', 'munmap');
}

/** glibc getpagesize (the Linux page size, as sysconf(_SC_PAGESIZE)). */
export function getpagesize(): number {
  return PAGE_SIZE;
}

export const mmapShims: readonly ShimDef[] = [
  { name: 'mmap', params: ['ptr', 'u64', 'i32', 'i32', 'i32', 'i64'], ret: 'ptr', handler: mmap },
  { name: 'munmap', params: ['ptr', 'u64'], ret: 'i32', handler: munmap },
  { name: 'getpagesize', params: [], ret: 'i32', handler: getpagesize },
];
