/**
 * Expressions to IR: each typed-AST expression becomes statements that leave
 * its value in an operand (a register local or a constant).
 *
 * Three ways to evaluate an expression: `rvalue` for a scalar value,
 * `recordValue` for a record (the address of memory holding it), and
 * `effect` for side effects only (void expressions, discarded values).
 * Arithmetic carries the checks C17 requires: signed add/sub/mul/neg
 * overflow (6.5p5), division by zero and INT_MIN / -1 (6.5.5p5-6) and
 * shift amounts and values (6.5.7p3-4) on every integer kind; pointer
 * arithmetic stays in its object (6.5.6p8). Unsigned arithmetic wraps and
 * floating arithmetic is unchecked.
 *
 * Deliberately not here: control-flow operators (control.ts), assignment
 * forms (assign-ops.ts), calls (calls.ts), lvalues (places.ts).
 *
 * Invariant: sema made every conversion explicit, so the operands of an
 * operator already have the operation's type; nothing here picks a type.
 */
import type { CType } from '../../frontend/ctypes.js';
import { isPointer, isRecord } from '../../frontend/ctypes.js';
import type { ArithOp, CompareOp, TExpr } from '../../frontend/typed-ast.js';
import type { BinOp, Operand } from '../ir.js';
import { isFloatKind, isSignedKind } from '../ir.js';
import { scalarKindOf } from '../kinds.js';
import type { FnBuilder } from './function.js';
import { assertNever, malformed } from './errors.js';
import { convertOperand, floatOperand, intOperand, NULL_OPERAND, canonicalInt } from './convert.js';
import { addressOf, placeOf, readPlace } from './places.js';
import { assignExpr, compoundAssign, incDec } from './assign-ops.js';
import { conditional, logicalValue, stmtExpr } from './control.js';
import { callExpr } from './calls.js';

type ExprOf<K extends TExpr['k']> = Extract<TExpr, { k: K }>;

const ARITH: Record<ArithOp, BinOp> = {
  '+': 'add', '-': 'sub', '*': 'mul', '/': 'div', '%': 'rem', '<<': 'shl', '>>': 'shr', '&': 'and', '|': 'or', '^': 'xor',
};
const COMPARE: Record<CompareOp, 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge'> = {
  '<': 'lt', '>': 'gt', '<=': 'le', '>=': 'ge', '==': 'eq', '!=': 'ne',
};

/** The value of a scalar expression. */
export function rvalue(fb: FnBuilder, e: TExpr): Operand {
  if (fb.unsequenced.size !== 0) fb.checkSequencing(e);
  switch (e.k) {
    case 'var': case 'deref': case 'member': case 'compoundLiteral': case 'string':
      // An lvalue in value position without its `load` (sema normally inserts one).
      return readPlace(fb, placeOf(fb, e), e.span);
    case 'load': return readPlace(fb, placeOf(fb, e.lvalue), e.span);
    case 'decay': return addressOf(fb, e.lvalue);
    case 'convert': return convertExpr(fb, e);
    case 'intConst': return intOperand(scalarKindOf(e.type), e.value);
    case 'floatConst': return floatOperand(scalarKindOf(e.type), e.value);
    case 'nullPtr': return NULL_OPERAND;
    case 'binary': return binary(fb, e);
    case 'compare': return compare(fb, e);
    case 'unary': return unary(fb, e);
    case 'logical': return logicalValue(fb, e);
    case 'ptrAdd': return ptrAdd(fb, e);
    case 'ptrDiff': return ptrDiff(fb, e);
    case 'addrOf': return addressOf(fb, e.lvalue);
    case 'assign': return assignExpr(fb, e);
    case 'compoundAssign': return compoundAssign(fb, e);
    case 'incDec': return incDec(fb, e);
    case 'conditional': return conditional(fb, e) ?? voidValue(e);
    case 'comma':
      effect(fb, e.left);
      return rvalue(fb, e.right);
    case 'call': return callExpr(fb, e) ?? voidValue(e);
    case 'stmtExpr': return stmtExpr(fb, e) ?? voidValue(e);
    default: return assertNever(e, (e as TExpr).span);
  }
}

function voidValue(e: TExpr): never {
  return malformed(e.span, 'the value of a void expression');
}

/** Evaluate for side effects only (an expression statement, `(void)x`, the left of a comma). */
export function effect(fb: FnBuilder, e: TExpr): void {
  if (fb.unsequenced.size !== 0) fb.checkSequencing(e);
  switch (e.k) {
    case 'convert':
      if (e.type.kind === 'void') return effect(fb, e.operand);
      break;
    case 'comma':
      effect(fb, e.left);
      return effect(fb, e.right);
    case 'conditional': conditional(fb, e); return;
    case 'call': callExpr(fb, e); return;
    case 'stmtExpr': stmtExpr(fb, e); return;
    // The old value of `x++` is not needed: lower it as `++x`.
    case 'incDec': incDec(fb, { ...e, prefix: true }); return;
    default: break;
  }
  if (isRecord(e.type)) recordValue(fb, e);
  else if (e.type.kind === 'array' || e.type.kind === 'function') placeOf(fb, e); // `arr;`, `"s";`: evaluate the lvalue only
  else if (e.type.kind !== 'void') rvalue(fb, e);
  else malformed(e.span, `a void '${e.k}' expression`);
}

/** The address of memory holding the value of a record expression. */
export function recordValue(fb: FnBuilder, e: TExpr): Operand {
  if (fb.unsequenced.size !== 0) fb.checkSequencing(e);
  switch (e.k) {
    case 'var': case 'deref': case 'member': case 'compoundLiteral': return addressOf(fb, e);
    case 'load': return addressOf(fb, e.lvalue);
    case 'call': return callExpr(fb, e) ?? voidValue(e);
    case 'assign': return assignExpr(fb, e);
    case 'conditional': return conditional(fb, e) ?? voidValue(e);
    case 'comma':
      effect(fb, e.left);
      return recordValue(fb, e.right);
    case 'stmtExpr': return stmtExpr(fb, e) ?? voidValue(e);
    default: return malformed(e.span, `a record-valued '${e.k}' expression`);
  }
}

function convertExpr(fb: FnBuilder, e: ExprOf<'convert'>): Operand {
  if (e.type.kind === 'void') return voidValue(e);
  return convertOperand(fb, rvalue(fb, e.operand), e.operand.type, e.type, e.span);
}

/** Which integer operations the machine checks (see the file comment). Floating operations never are. */
export function checksOp(op: BinOp, t: CType): boolean {
  const kind = scalarKindOf(t);
  if (isFloatKind(kind)) return false;
  if (op === 'add' || op === 'sub' || op === 'mul') return isSignedKind(kind);
  return op === 'div' || op === 'rem' || op === 'shl' || op === 'shr';
}

/** `a op b` in type `t`; `bType` is the right operand's type (it differs for shifts, 6.5.7p3). */
export function emitBinary(fb: FnBuilder, op: BinOp, t: CType, a: Operand, b: Operand, bType: CType, span: TExpr['span']): Operand {
  const kind = scalarKindOf(t);
  const bKind = scalarKindOf(bType);
  const dst = fb.tempFor(t);
  const check = checksOp(op, t);
  fb.assign(dst, bKind === kind ? { k: 'binary', op, kind, a, b, check } : { k: 'binary', op, kind, a, b, bKind, check }, span);
  return { k: 'local', id: dst };
}

function binary(fb: FnBuilder, e: ExprOf<'binary'>): Operand {
  const a = rvalue(fb, e.left);
  const b = rvalue(fb, e.right);
  return emitBinary(fb, ARITH[e.op], e.type, a, b, e.right.type, e.span);
}

function compare(fb: FnBuilder, e: ExprOf<'compare'>): Operand {
  const a = rvalue(fb, e.left);
  const b = rvalue(fb, e.right);
  const op = COMPARE[e.op];
  const dst = fb.tempFor(e.type);
  if (isPointer(e.left.type) || isPointer(e.right.type)) {
    fb.assign(dst, { k: 'ptrCompare', op, a, b }, e.span);
  } else {
    fb.assign(dst, { k: 'binary', op, kind: scalarKindOf(e.left.type), a, b, check: false }, e.span);
  }
  return { k: 'local', id: dst };
}

function unary(fb: FnBuilder, e: ExprOf<'unary'>): Operand {
  const a = rvalue(fb, e.operand);
  if (e.op === '!') {
    const dst = fb.tempFor(e.type);
    fb.assign(dst, { k: 'unary', op: 'not', kind: scalarKindOf(e.operand.type), a, check: false }, e.span);
    return { k: 'local', id: dst };
  }
  const kind = scalarKindOf(e.type);
  if (e.op === '-') {
    const folded = foldNegation(a, kind);
    if (folded) return folded;
  }
  const dst = fb.tempFor(e.type);
  const op = e.op === '-' ? 'neg' : 'bitnot';
  fb.assign(dst, { k: 'unary', op, kind, a, check: op === 'neg' && isSignedKind(kind) }, e.span);
  return { k: 'local', id: dst };
}

/** `-c` for a constant whose negation is exact (a negative literal such as `-1`); undefined otherwise. */
function foldNegation(a: Operand, kind: ReturnType<typeof scalarKindOf>): Operand | undefined {
  if (a.k !== 'const') return undefined;
  if (isFloatKind(kind)) return floatOperand(kind, -Number(a.value));
  if (!isSignedKind(kind)) return undefined;
  const neg = -BigInt(a.value);
  const wrapped = canonicalInt(kind, neg);
  return BigInt(wrapped) === neg ? { k: 'const', kind, value: wrapped } : undefined;
}

function ptrAdd(fb: FnBuilder, e: ExprOf<'ptrAdd'>): Operand {
  const ptr = rvalue(fb, e.ptr);
  const index = rvalue(fb, e.index);
  const dst = fb.newLocal('', 'ptr');
  fb.assign(dst, { k: 'ptrAdd', ptr, index, indexKind: scalarKindOf(e.index.type), scale: e.elemSize, check: true }, e.span);
  return { k: 'local', id: dst };
}

function ptrDiff(fb: FnBuilder, e: ExprOf<'ptrDiff'>): Operand {
  const a = rvalue(fb, e.left);
  const b = rvalue(fb, e.right);
  const dst = fb.tempFor(e.type);
  fb.assign(dst, { k: 'ptrDiff', a, b, scale: e.elemSize }, e.span);
  return { k: 'local', id: dst };
}
