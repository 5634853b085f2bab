/**
 * Assignment forms: `=` (C17 6.5.16.1), `op=` (6.5.16.2) and `++`/`--`
 * (6.5.2.4, 6.5.3.1).
 *
 * The target is evaluated once: a memory target's address is computed a
 * single time, then loaded, combined and stored; a register target is read
 * and assigned directly. A record assignment is a `copy` (which checks that
 * source and destination are identical or disjoint, 6.5.16.1p3).
 *
 * `op=` converts the target's value to `opType`, combines it with the
 * right operand and converts back (the "cast in and out" sema describes but
 * leaves to lowering, since the target is evaluated only once). `++`/`--`
 * compute in the promoted type (6.3.1.1p2), so `char c = 127; c++` is not an
 * overflow but `int i = INT_MAX; i++` is.
 *
 * Invariant: the result of a postfix operation on a register is a copy
 * taken before the register changes.
 */
import type { CType } from '../../frontend/ctypes.js';
import { isFloating, isPointer, isRecord, promote, sizeOf, unqualified } from '../../frontend/ctypes.js';
import type { ArithOp, TExpr } from '../../frontend/typed-ast.js';
import type { BinOp, Operand } from '../ir.js';
import { isSignedKind } from '../ir.js';
import { scalarKindOf } from '../kinds.js';
import type { FnBuilder } from './function.js';
import { convertOperand, floatOperand, intOperand } from './convert.js';
import { emitBinary, recordValue, rvalue } from './expressions.js';
import { addressOf, placeOf, readPlace, writePlace } from './places.js';

type ExprOf<K extends TExpr['k']> = Extract<TExpr, { k: K }>;

const ARITH: Record<ArithOp, BinOp> = {
  '+': 'add', '-': 'sub', '*': 'mul', '/': 'div', '%': 'rem', '<<': 'shl', '>>': 'shr', '&': 'and', '|': 'or', '^': 'xor',
};

/** `target = value`; the result is the stored value (or, for records, the target's address). */
export function assignExpr(fb: FnBuilder, e: ExprOf<'assign'>): Operand {
  if (isRecord(e.target.type)) {
    const dst = addressOf(fb, e.target);
    const src = recordValue(fb, e.value);
    fb.emit({ k: 'copy', dst, src, size: sizeOf(e.target.type), span: e.span });
    return dst;
  }
  const place = placeOf(fb, e.target);
  const value = rvalue(fb, e.value);
  return writePlace(fb, place, value, e.span);
}

/** `target op= value`: the result is the new value of the target. */
export function compoundAssign(fb: FnBuilder, e: ExprOf<'compoundAssign'>): Operand {
  const place = placeOf(fb, e.target);
  const value = rvalue(fb, e.value);
  const old = readPlace(fb, place, e.span);
  const t = unqualified(e.target.type);
  let result: Operand;
  if (isPointer(t) && e.elemSize !== undefined) {
    const index = e.op === '-' ? negate(fb, value, e.value.type, e.span) : value;
    result = pointerStep(fb, old, index, scalarKindOf(e.value.type), e.elemSize, e.span);
  } else {
    const a = convertOperand(fb, old, t, e.opType, e.span);
    const r = emitBinary(fb, ARITH[e.op], e.opType, a, value, e.value.type, e.span);
    result = convertOperand(fb, r, e.opType, t, e.span);
  }
  return writePlace(fb, place, result, e.span);
}

/** `++x`, `--x`, `x++`, `x--`. */
export function incDec(fb: FnBuilder, e: ExprOf<'incDec'>): Operand {
  const place = placeOf(fb, e.target);
  const t = unqualified(e.target.type);
  let old = readPlace(fb, place, e.span);
  if (!e.prefix && place.k === 'reg') {
    const copy = fb.tempFor(t);
    fb.assign(copy, { k: 'use', a: old }, e.span);
    old = { k: 'local', id: copy };
  }
  const next = writePlace(fb, place, step(fb, old, t, e.delta, e.elemSize, e.span), e.span);
  return e.prefix ? next : old;
}

/** `old + delta` in the arithmetic of the target's type. */
function step(fb: FnBuilder, old: Operand, t: CType, delta: 1 | -1, elemSize: number | undefined, span: TExpr['span']): Operand {
  if (isPointer(t)) return pointerStep(fb, old, intOperand('i64', BigInt(delta)), 'i64', elemSize ?? 1, span);
  const op: BinOp = delta === 1 ? 'add' : 'sub';
  if (isFloating(t)) return emitBinary(fb, op, t, old, floatOperand(scalarKindOf(t), 1), t, span);
  const opType = promote(t);
  const a = convertOperand(fb, old, t, opType, span);
  const r = emitBinary(fb, op, opType, a, intOperand(scalarKindOf(opType), 1n), opType, span);
  return convertOperand(fb, r, opType, t, span);
}

/** Pointer arithmetic written as `p += n`, `p -= n`, `p++`: checked like `p + n` (C17 6.5.6p8). */
function pointerStep(fb: FnBuilder, ptr: Operand, index: Operand, indexKind: ReturnType<typeof scalarKindOf>,
  scale: number, span: TExpr['span']): Operand {
  const dst = fb.newLocal('', 'ptr');
  fb.assign(dst, { k: 'ptrAdd', ptr, index, indexKind, scale, check: true }, span);
  return { k: 'local', id: dst };
}

/** `-n` for the index of `p -= n` (sema writes `p - n` as a ptrAdd of a negated index the same way). */
function negate(fb: FnBuilder, v: Operand, t: CType, span: TExpr['span']): Operand {
  const kind = scalarKindOf(t);
  if (v.k === 'const') {
    const n = -BigInt(v.value);
    if (n <= BigInt(Number.MAX_SAFE_INTEGER) && n >= -BigInt(Number.MAX_SAFE_INTEGER)) return intOperand(kind, n);
  }
  const dst = fb.tempFor(t);
  fb.assign(dst, { k: 'unary', op: 'neg', kind, a: v, check: isSignedKind(kind) }, span);
  return { k: 'local', id: dst };
}
