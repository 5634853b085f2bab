/**
 * Assignment operators (C17 6.5.16) and increment/decrement (6.5.2.4, 6.5.3.1).
 *
 * The left operand must be a modifiable lvalue (6.3.2.1p1): an lvalue, not
 * an array, not of incomplete type, not const-qualified and not a record
 * with a const member. Simple assignment converts the value as if by
 * assignment (conversions.ts). `E1 op= E2` records the type the operation
 * is carried out in (`opType`, 6.5.16.2p3): the usual arithmetic conversions
 * of the two operands, the promoted left operand for shifts, or pointer
 * arithmetic with an element size for `+=`/`-=` on pointers.
 *
 * Deliberately not here: the conversions themselves (conversions.ts) and
 * the other binary operators (operators.ts).
 *
 * Invariant: the result type of every node here is the target's unqualified type.
 */
import type { AssignmentOperator, Expr } from '../ast.js';
import type { CType } from '../ctypes.js';
import { LONG, isArithmetic, isInteger, promote, unqualified, usualArithmetic } from '../ctypes.js';
import type { Span } from '../source.js';
import type { ArithOp, TExpr } from '../typed-ast.js';
import type { Sema } from './context.js';
import { assignConvert, convert, isLvalue } from './conversions.js';
import { elementSize, expr, value } from './expressions.js';
import { hasConst, quoted } from './types.js';

type Action = 'assignment' | 'increment' | 'decrement';

/** Describe a read-only lvalue as gcc does: a variable, a member, or a location. */
function readOnlyWhat(target: TExpr): string {
  if (target.k === 'var') return `read-only variable '${target.sym.name}'`;
  if (target.k === 'member' && target.member.name !== undefined && hasConst(target.object.type) && !hasConst(target.member.type)) {
    return `member '${target.member.name}' in read-only object`;
  }
  if (target.k === 'member' && target.member.name !== undefined) return `read-only member '${target.member.name}'`;
  return 'read-only location';
}

/** Check that `target` is a modifiable lvalue (6.5.16p2, 6.5.2.4p1); reports and returns false otherwise. */
function modifiable(ctx: Sema, target: TExpr, action: Action, span: Span): boolean {
  if (ctx.isPoison(target)) return false;
  if (!isLvalue(target)) {
    ctx.error(span, action === 'assignment' ? 'lvalue required as left operand of assignment' : `lvalue required as ${action} operand`);
    return false;
  }
  if (target.type.kind === 'array') {
    ctx.error(span, action === 'assignment' ? 'assignment to expression with array type' : `lvalue required as ${action} operand`);
    return false;
  }
  if (target.type.kind === 'record' && !target.type.rec.members) {
    ctx.error(span, `invalid use of undefined type ${quoted(unqualified(target.type))}`);
    return false;
  }
  if (target.type.kind === 'void') {
    ctx.error(span, 'invalid use of void expression');
    return false;
  }
  if (hasConst(target.type)) {
    ctx.error(span, `${action} of ${readOnlyWhat(target)}`);
    return false;
  }
  return true;
}

export function assignment(ctx: Sema, e: Extract<Expr, { kind: 'assign' }>): TExpr {
  const target = expr(ctx, e.target);
  const v = value(ctx, e.value);
  if (!modifiable(ctx, target, 'assignment', e.span) || ctx.isPoison(v)) return ctx.poison(e.span);
  const type = unqualified(target.type);
  if (e.op === '=') {
    const converted = assignConvert(ctx, v, type, { kind: 'assignment' });
    if (ctx.isPoison(converted)) return ctx.poison(e.span);
    return { k: 'assign', target, value: converted, type, span: e.span };
  }
  return compoundAssignment(ctx, e.op, target, v, e.span);
}

type CompoundOp = Exclude<AssignmentOperator, '='>;

/** `E1 op= E2` (6.5.16.2): like `E1 = E1 op (E2)` with E1 evaluated once. */
function compoundAssignment(ctx: Sema, assignOp: CompoundOp, target: TExpr, v: TExpr, span: Span): TExpr {
  const op = assignOp.slice(0, -1) as ArithOp;
  const type = unqualified(target.type);
  const invalid = (): TExpr => {
    ctx.error(span, `invalid operands to binary ${op} (have ${quoted(type)} and ${quoted(v.type)})`);
    return ctx.poison(span);
  };
  if (type.kind === 'pointer') {
    // 6.5.16.2p1: `+=`/`-=` with a pointer on the left take an integer on the right.
    if ((op !== '+' && op !== '-') || !isInteger(v.type)) return invalid();
    const elemSize = elementSize(ctx, type, span);
    if (elemSize === undefined) return ctx.poison(span);
    return { k: 'compoundAssign', op, target, value: convert(ctx, v, LONG, true), opType: type, elemSize, type, span };
  }
  const integerOnly = op === '%' || op === '<<' || op === '>>' || op === '&' || op === '|' || op === '^';
  const ok = integerOnly ? isInteger(type) && isInteger(v.type) : isArithmetic(type) && isArithmetic(v.type);
  if (!ok) return invalid();
  let opType: CType;
  let converted: TExpr;
  if (op === '<<' || op === '>>') {
    opType = promote(type);
    converted = convert(ctx, v, promote(v.type), true);
  } else {
    opType = usualArithmetic(type, v.type);
    converted = convert(ctx, v, opType, true);
  }
  return { k: 'compoundAssign', op, target, value: converted, opType, elemSize: undefined, type, span };
}

/** `++E`, `--E`, `E++`, `E--` on a modifiable lvalue of real or pointer type. */
export function incDec(ctx: Sema, operand: Expr, delta: 1 | -1, prefix: boolean, span: Span): TExpr {
  const target = expr(ctx, operand);
  const action: Action = delta === 1 ? 'increment' : 'decrement';
  if (!modifiable(ctx, target, action, span)) return ctx.poison(span);
  const type = unqualified(target.type);
  let elemSize: number | undefined;
  if (type.kind === 'pointer') {
    elemSize = elementSize(ctx, type, span);
    if (elemSize === undefined) return ctx.poison(span);
  } else if (!isArithmetic(type)) {
    ctx.error(span, `wrong type argument to ${action}`);
    return ctx.poison(span);
  }
  return { k: 'incDec', target, delta, prefix, elemSize, type, span };
}
