/**
 * Constants and scalar conversions (C17 6.3) as IR operands.
 *
 * Sema decides every conversion (a `convert` node); this file only carries
 * one out: a `cast` rvalue, a `toBool` cast for conversion to `_Bool`
 * (6.3.1.2), nothing at all when both types are held the same way, or a
 * constant folded at compile time when the operand is a constant and the
 * result is exact (integer truncation and extension, exact int-to-float,
 * in-range float-to-int). Conversions whose run-time check matters (a
 * floating value out of an integer's range, 6.3.1.4p1) are never folded.
 *
 * Invariant: 64-bit integer constants are canonical Int64 (a number when
 * safe, else a bigint), other integers are numbers in their C range.
 */
import type { CType } from '../../frontend/ctypes.js';
import type { Span } from '../../frontend/source.js';
import type { Operand, ScalarKind } from '../ir.js';
import { is64, isFloatKind, isSignedKind, scalarSize } from '../ir.js';
import { canon64 } from '../../memory/pointer.js';
import { isBoolType, scalarKindOf } from '../kinds.js';
import type { FnBuilder } from './function.js';

/** An integer constant of `kind`, reduced modulo 2^width into the kind's range. */
export function intOperand(kind: ScalarKind, value: bigint): Operand {
  return { k: 'const', kind, value: canonicalInt(kind, value) };
}

export function canonicalInt(kind: ScalarKind, value: bigint): number | bigint {
  const bits = scalarSize(kind) * 8;
  const v = isSignedKind(kind) ? BigInt.asIntN(bits, value) : BigInt.asUintN(bits, value);
  return is64(kind) ? canon64(v) : Number(v);
}

export function floatOperand(kind: ScalarKind, value: number): Operand {
  return { k: 'const', kind, value: kind === 'f32' ? Math.fround(value) : value };
}

export const NULL_OPERAND: Operand = { k: 'const', kind: 'ptr', value: 0 };

/** Convert `a`, a value of type `from`, to type `to` (both scalar). */
export function convertOperand(fb: FnBuilder, a: Operand, from: CType, to: CType, span: Span): Operand {
  const fromK = scalarKindOf(from);
  const toK = scalarKindOf(to);
  const toBool = isBoolType(to) && !isBoolType(from);
  if (!toBool && fromK === toK) return a;
  if (a.k === 'const') {
    const folded = fold(a.value, fromK, toK, toBool);
    if (folded !== undefined) return folded;
  }
  const dst = fb.tempFor(to);
  fb.assign(dst, toBool ? { k: 'cast', from: fromK, to: toK, a, toBool: true } : { k: 'cast', from: fromK, to: toK, a }, span);
  return { k: 'local', id: dst };
}

/** The converted constant, or undefined when the conversion must happen (and be checked) at run time. */
function fold(v: number | bigint, from: ScalarKind, to: ScalarKind, toBool: boolean): Operand | undefined {
  if (toBool) return { k: 'const', kind: to, value: v !== 0 && v !== 0n ? 1 : 0 };
  if (from === 'ptr' || to === 'ptr') {
    // Only the null pointer is a pointer constant; any other address needs the cast's provenance rules.
    return Number(v) === 0 ? { k: 'const', kind: to, value: 0 } : undefined;
  }
  if (isFloatKind(from)) {
    if (isFloatKind(to)) return floatOperand(to, Number(v));
    const n = Number(v);
    if (!Number.isFinite(n)) return undefined;
    const t = BigInt(Math.trunc(n));
    return canonicalInt(to, t) === (is64(to) ? canon64(t) : Number(t)) ? intOperand(to, t) : undefined;
  }
  const i = BigInt(v);
  if (isFloatKind(to)) {
    const limit = 1n << 53n;
    return i <= limit && i >= -limit ? floatOperand(to, Number(i)) : undefined;
  }
  return intOperand(to, i);
}
