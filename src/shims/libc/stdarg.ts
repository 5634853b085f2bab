/**
 * The machine side of <stdarg.h> (C17 7.16) and the v*printf family.
 *
 * A `va_list` is gcc's 24-byte `struct __va_list_tag`; ciri uses its fields
 * as: `gp_offset` a state word (started or ended; never written means
 * uninitialized, so `va_arg` without `va_start` is an uninitialized read),
 * `overflow_arg_area` a pointer (with provenance) to the next argument's
 * 8-byte slot in the caller's variadic argument area
 * (src/interpreter/varargs.ts). `va_arg` checks the next argument against
 * the type asked for (7.16.1.1p2, with its two exceptions for signedness and
 * for `void *` / character pointers, which ciri cannot tell apart from other
 * pointers at run time) and returns the slot's address; sema loads from it.
 *
 * The v*printf functions take the remaining arguments of a `va_list` with the
 * same checks and hand them to the printf formatter, which checks them against
 * the format as for printf. After the call the list is left where it was
 * (C17 7.21.6.8 footnote 289 makes it indeterminate; ciri does not track that).
 *
 * Invariant: every field of the `va_list` is read through checked accesses.
 */
import type { ScalarKind } from '../../ir/ir.js';
import type { Ptr } from '../../memory/pointer.js';
import type { ShimDef, ShimMachine, ShimValue, VaArea, VarArg } from '../shim.js';
import { asInt, asPtr } from '../shim.js';
import { readCStringText } from '../access.js';
import { fprintf, printf, snprintf, sprintf } from './stdio.js';

/** State words kept in `gp_offset`. */
const STARTED = 0x5641;
const ENDED = 0x454e44;
const SLOT = 8;
const LIST_SIZE = 24;

/** The codes sema passes for the type asked of va_arg (sema/stdarg.ts VA_CODE). */
const CODE_OF_KIND: Partial<Record<ScalarKind, number>> = { i32: 0, u32: 1, i64: 2, u64: 3, f64: 4, ptr: 5 };
const PROMOTED = 6;
const KIND_NAME: Partial<Record<ScalarKind, string>> = {
  i32: 'int', u32: 'unsigned int', i64: 'long', u64: 'unsigned long', f64: 'double', ptr: 'a pointer',
};

const at = (p: Ptr, offset: number): Ptr => ({ addr: p.addr + offset, prov: p.prov });

interface Cursor {
  readonly area: VaArea;
  readonly slot: Ptr;
  readonly index: number;
}

/** The list's state and the area it reads from; reports a list never started, ended, or outliving its function. */
function cursor(m: ShimMachine, ap: Ptr): Cursor {
  m.mem.checkRange(ap, LIST_SIZE, 'read');
  const state = m.mem.loadScalar(ap, 'u32');
  const slot = m.mem.loadPtr(at(ap, 8));
  const area = m.vaArea(slot.prov);
  if (!area) {
    // The area died with its function: reading through the pointer reports the use-after-free.
    m.mem.checkRange(slot, SLOT, 'read');
    return m.raise({ kind: 'invalid-argument', fn: m.currentShim, detail: 'the va_list was not initialized by va_start or va_copy' });
  }
  const index = (slot.addr - area.base) / SLOT;
  if (state === ENDED) {
    return m.raise({ kind: 'invalid-va-arg', reason: 'after-end', fn: area.fn, index, count: area.kinds.length, requested: '', passed: '' });
  }
  if (state !== STARTED || !Number.isInteger(index) || index < 0) {
    return m.raise({ kind: 'invalid-argument', fn: m.currentShim, detail: 'the va_list was not initialized by va_start or va_copy' });
  }
  return { area, slot, index };
}

/** Whether an argument passed as `kind` with value `v` may be read as the type with `code` (7.16.1.1p2). */
function compatible(kind: ScalarKind, code: number, v: number | bigint | Ptr): boolean {
  const passed = CODE_OF_KIND[kind];
  if (passed === code) return true;
  if (typeof v === 'object') return false;
  // Signed and unsigned versions of one type, when the value is representable in both.
  if ((passed === 0 && code === 1) || (passed === 1 && code === 0)) return v >= 0 && v <= 0x7fffffff;
  if ((passed === 2 && code === 3) || (passed === 3 && code === 2)) return v >= 0 && BigInt(v) <= 0x7fffffffffffffffn;
  return false;
}

function readSlot(m: ShimMachine, slot: Ptr, kind: ScalarKind): number | bigint | Ptr {
  return kind === 'ptr' ? m.mem.loadPtr(slot) : m.mem.loadScalar(slot, kind);
}

/** `__ciri_va_start(ap)`: point `ap` at the first variadic argument of the calling function. */
function vaStart(m: ShimMachine, [apArg]: ShimValue[]): void {
  const ap = asPtr(apArg!);
  const area = m.currentVaArea();
  if (!area) return m.unsupported('va_start outside the body of a variadic function');
  m.mem.checkRange(ap, LIST_SIZE, 'write');
  m.mem.storeScalar(ap, 'u32', STARTED);
  m.mem.storeScalar(at(ap, 4), 'u32', 0);
  m.mem.storePtr(at(ap, 8), { addr: area.base, prov: area.id });
  m.mem.storePtr(at(ap, 16), { addr: 0, prov: 0 });
}

/** `__ciri_va_arg(ap, code, "T")`: check the next argument against T, advance, return its slot. */
function vaArg(m: ShimMachine, args: ShimValue[]): Ptr {
  const [ap, code, nameArg] = [asPtr(args[0]!), asInt(args[1]!), asPtr(args[2]!)];
  const c = cursor(m, ap);
  const requested = readCStringText(m, nameArg);
  const base = { fn: c.area.fn, index: c.index, count: c.area.kinds.length, requested };
  if (code === PROMOTED) {
    m.raise({ kind: 'invalid-va-arg', reason: 'promoted-type', ...base, passed: /float|double/.test(requested) ? 'double' : 'int' });
  }
  const kind = c.area.kinds[c.index];
  if (kind === undefined) m.raise({ kind: 'invalid-va-arg', reason: 'exhausted', ...base, passed: '' });
  if (!compatible(kind, code, readSlot(m, c.slot, kind))) {
    m.raise({ kind: 'invalid-va-arg', reason: 'type-mismatch', ...base, passed: KIND_NAME[kind] ?? kind });
  }
  m.mem.storePtr(at(ap, 8), at(c.slot, SLOT));
  return c.slot;
}

/** `__ciri_va_end(ap)`: the list may not be used again until started or copied anew. */
function vaEnd(m: ShimMachine, [apArg]: ShimValue[]): void {
  const ap = asPtr(apArg!);
  cursor(m, ap);
  m.mem.storeScalar(ap, 'u32', ENDED);
}

/** `__ciri_va_copy(dst, src)`: `dst` continues from where `src` is. */
function vaCopy(m: ShimMachine, [dstArg, srcArg]: ShimValue[]): void {
  const [dst, src] = [asPtr(dstArg!), asPtr(srcArg!)];
  cursor(m, src);
  m.mem.copyBytes(dst, src, LIST_SIZE, false, 'va_copy');
}

/** The arguments a `va_list` has left, for the v*printf family. */
export function remainingArguments(m: ShimMachine, ap: Ptr): VarArg[] {
  const c = cursor(m, ap);
  const out: VarArg[] = [];
  for (let i = c.index; i < c.area.kinds.length; i++) {
    const kind = c.area.kinds[i]!;
    const v = readSlot(m, { addr: c.area.base + i * SLOT, prov: c.area.id }, kind);
    out.push(typeof v === 'object' ? { kind, value: v.addr, prov: v.prov } : { kind, value: v, prov: 0 });
  }
  return out;
}

const S = (name: string, params: ShimDef['params'], ret: ShimDef['ret'], handler: ShimDef['handler']): ShimDef => ({ name, params, ret, handler });

/** `v<name>(fixed..., ap)`: the formatter of `<name>` over what `ap` has left. */
function viaList(handler: (m: ShimMachine, a: ShimValue[], va: readonly VarArg[]) => number) {
  return (m: ShimMachine, a: ShimValue[]): number => handler(m, a.slice(0, -1), remainingArguments(m, asPtr(a[a.length - 1]!)));
}

export const stdargShims: readonly ShimDef[] = [
  S('__ciri_va_start', ['ptr'], 'void', vaStart),
  S('__ciri_va_arg', ['ptr', 'i32', 'ptr'], 'ptr', vaArg),
  S('__ciri_va_end', ['ptr'], 'void', vaEnd),
  S('__ciri_va_copy', ['ptr', 'ptr'], 'void', vaCopy),
  S('vprintf', ['ptr', 'ptr'], 'i32', viaList(printf)),
  S('vfprintf', ['ptr', 'ptr', 'ptr'], 'i32', viaList(fprintf)),
  S('vsprintf', ['ptr', 'ptr', 'ptr'], 'i32', viaList(sprintf)),
  S('vsnprintf', ['ptr', 'u64', 'ptr', 'ptr'], 'i32', viaList(snprintf)),
];
