/**
 * The operators of C17 6.5.3-6.5.17 other than assignment: unary `& * + - ~ !`,
 * the multiplicative, additive, shift, relational, equality, bitwise and
 * logical operators, `?:` and the comma.
 *
 * Each follows its clause's constraints and typing exactly: the usual
 * arithmetic conversions (6.3.1.8) for arithmetic operands, promotions of
 * each operand on its own for shifts (6.5.7p3), pointer arithmetic as
 * `ptrAdd`/`ptrDiff` with the element size (6.5.6p8-9), and comparisons of
 * pointers with null pointer constants (6.5.9p5). Operators whose operands
 * are constants are folded when the result is exact (constant.ts).
 *
 * Deliberately not here: `=`, `op=`, `++`, `--` (assign.ts), calls.
 *
 * Invariant: the operands of an arithmetic `binary` have exactly the node's
 * type; the operands of a `compare` have one common type.
 */
import type { BinaryOperator, Expr } from '../ast.js';
import type { CType } from '../ctypes.js';
import {
  INT, LONG, VOID, compatible, isArithmetic, isInteger, isScalar, pointerTo, promote, unqualified, usualArithmetic,
} from '../ctypes.js';
import type { Span } from '../source.js';
import type { ArithOp, CompareOp, TExpr } from '../typed-ast.js';
import type { Sema } from './context.js';
import { foldInteger } from './constant.js';
import { convert, isLvalue, isNullPointerConstant, markAddressTaken, toRvalue } from './conversions.js';
import { elementSize, expr, forEffect, scaledPointerPlus, scalarValue, value } from './expressions.js';
import { incDec } from './assign.js';
import { composite, qualify, quoted } from './types.js';

type BinaryExpr = Extract<Expr, { kind: 'binary' }>;

function invalidOperands(ctx: Sema, op: string, l: TExpr, r: TExpr, span: Span): TExpr {
  ctx.error(span, `invalid operands to binary ${op} (have ${quoted(l.type)} and ${quoted(r.type)})`);
  return ctx.poison(span);
}

export function binary(ctx: Sema, e: BinaryExpr): TExpr {
  if (e.op === '&&' || e.op === '||') return logical(ctx, e.op, e.left, e.right, e.span);
  const l = value(ctx, e.left), r = value(ctx, e.right);
  if (ctx.isPoison(l) || ctx.isPoison(r)) return ctx.poison(e.span);
  return binaryOn(ctx, e.op, l, r, e.span);
}

/** A binary operator on two values (also used by `op=`'s validity checks). */
export function binaryOn(ctx: Sema, op: Exclude<BinaryOperator, '&&' | '||'>, l: TExpr, r: TExpr, span: Span): TExpr {
  const lt = l.type, rt = r.type;
  switch (op) {
    case '*': case '/':
      return isArithmetic(lt) && isArithmetic(rt) ? arithmetic(ctx, op, l, r, span) : invalidOperands(ctx, op, l, r, span);
    case '%': case '&': case '|': case '^':
      return isInteger(lt) && isInteger(rt) ? arithmetic(ctx, op, l, r, span) : invalidOperands(ctx, op, l, r, span);
    case '+': return add(ctx, l, r, span);
    case '-': return subtract(ctx, l, r, span);
    case '<<': case '>>': return shift(ctx, op, l, r, span);
    case '<': case '>': case '<=': case '>=': return relational(ctx, op, l, r, span);
    case '==': case '!=': return equality(ctx, op, l, r, span);
  }
}

/** Usual arithmetic conversions, then the operation in the common type (6.5.5, 6.5.6p4, 6.5.10-12). */
function arithmetic(ctx: Sema, op: ArithOp, l: TExpr, r: TExpr, span: Span): TExpr {
  const t = usualArithmetic(l.type, r.type);
  if ((op === '/' || op === '%') && isInteger(t) && r.k === 'intConst' && r.value === 0n) ctx.warn(span, 'division by zero [-Wdiv-by-zero]');
  const node: TExpr = { k: 'binary', op, left: convert(ctx, l, t, true), right: convert(ctx, r, t, true), type: t, span };
  return foldFloat(foldInteger(node));
}

/** Floating operations on constants are exact IEEE operations, so they fold like integer ones. */
function foldFloat(e: TExpr): TExpr {
  if (e.k !== 'binary' || e.type.kind !== 'float' || e.left.k !== 'floatConst' || e.right.k !== 'floatConst') return e;
  const x = e.left.value, y = e.right.value;
  const r = e.op === '+' ? x + y : e.op === '-' ? x - y : e.op === '*' ? x * y : e.op === '/' ? x / y : undefined;
  if (r === undefined) return e;
  return { k: 'floatConst', value: e.type.fk === 'float' ? Math.fround(r) : r, type: e.type, span: e.span };
}

/** Pointer plus integer (6.5.6p8); the index is converted to long so that lowering sees one kind. */
function pointerPlus(ctx: Sema, ptr: TExpr, index: TExpr, negate: boolean, span: Span): TExpr {
  let i = convert(ctx, index, LONG, true);
  if (negate) i = foldInteger({ k: 'unary', op: '-', operand: i, type: LONG, span: index.span });
  return scaledPointerPlus(ctx, ptr, i, span) ?? ctx.poison(span);
}

function add(ctx: Sema, l: TExpr, r: TExpr, span: Span): TExpr {
  if (isArithmetic(l.type) && isArithmetic(r.type)) return arithmetic(ctx, '+', l, r, span);
  if (l.type.kind === 'pointer' && isInteger(r.type)) return pointerPlus(ctx, l, r, false, span);
  if (isInteger(l.type) && r.type.kind === 'pointer') return pointerPlus(ctx, r, l, false, span);
  return invalidOperands(ctx, '+', l, r, span);
}

function subtract(ctx: Sema, l: TExpr, r: TExpr, span: Span): TExpr {
  if (isArithmetic(l.type) && isArithmetic(r.type)) return arithmetic(ctx, '-', l, r, span);
  if (l.type.kind === 'pointer' && isInteger(r.type)) return pointerPlus(ctx, l, r, true, span);
  if (l.type.kind === 'pointer' && r.type.kind === 'pointer') {
    // 6.5.6p3: both point to qualified or unqualified versions of compatible object types.
    if (!compatible(unqualified(l.type.to), unqualified(r.type.to))) return invalidOperands(ctx, '-', l, r, span);
    const elemSize = elementSize(ctx, l.type, span);
    if (elemSize === undefined) return ctx.poison(span);
    return { k: 'ptrDiff', left: l, right: r, elemSize, type: LONG, span };
  }
  return invalidOperands(ctx, '-', l, r, span);
}

/** 6.5.7p3: each operand is promoted on its own; the result has the promoted left operand's type. */
function shift(ctx: Sema, op: '<<' | '>>', l: TExpr, r: TExpr, span: Span): TExpr {
  if (!isInteger(l.type) || !isInteger(r.type)) return invalidOperands(ctx, op, l, r, span);
  const lt = promote(l.type);
  const node: TExpr = { k: 'binary', op, left: convert(ctx, l, lt, true), right: convert(ctx, r, promote(r.type), true), type: lt, span };
  return foldInteger(node);
}

function compare(op: CompareOp, left: TExpr, right: TExpr, span: Span): TExpr {
  return foldInteger({ k: 'compare', op, left, right, type: INT, span });
}

/** Make two pointers (or a pointer and an integer) one pointer type for a comparison. */
function pointerOperands(ctx: Sema, l: TExpr, r: TExpr, span: Span, ordered: boolean): [TExpr, TExpr] {
  const lt = l.type, rt = r.type;
  if (lt.kind === 'pointer' && rt.kind === 'pointer') {
    const lp = unqualified(lt.to), rp = unqualified(rt.to);
    if (!ordered && (lp.kind === 'void' || rp.kind === 'void')) {
      // 6.5.9p5: the other operand is converted to the `void *` type.
      return lp.kind === 'void' ? [l, convert(ctx, r, lt, true)] : [convert(ctx, l, rt, true), r];
    }
    if (!compatible(lp, rp)) ctx.warn(span, 'comparison of distinct pointer types lacks a cast');
    return [l, convert(ctx, r, lt, true)];
  }
  const ptrLeft = lt.kind === 'pointer';
  const ptr = ptrLeft ? l : r, other = ptrLeft ? r : l;
  // 6.5.9p2 allows a null pointer constant; gcc accepts `p > 0` too, warning only with -Wextra.
  if (!isNullPointerConstant(other)) ctx.warn(span, 'comparison between pointer and integer');
  const converted = convert(ctx, other, ptr.type, true);
  return ptrLeft ? [ptr, converted] : [converted, ptr];
}

function relational(ctx: Sema, op: CompareOp, l: TExpr, r: TExpr, span: Span): TExpr {
  if (isArithmetic(l.type) && isArithmetic(r.type)) {
    const t = usualArithmetic(l.type, r.type);
    return compare(op, convert(ctx, l, t, true), convert(ctx, r, t, true), span);
  }
  const lp = l.type.kind === 'pointer', rp = r.type.kind === 'pointer';
  if ((lp && (rp || isInteger(r.type))) || (rp && isInteger(l.type))) {
    const [a, b] = pointerOperands(ctx, l, r, span, true);
    return compare(op, a, b, span);
  }
  return invalidOperands(ctx, op, l, r, span);
}

function equality(ctx: Sema, op: CompareOp, l: TExpr, r: TExpr, span: Span): TExpr {
  if (isArithmetic(l.type) && isArithmetic(r.type)) {
    const t = usualArithmetic(l.type, r.type);
    return compare(op, convert(ctx, l, t, true), convert(ctx, r, t, true), span);
  }
  const lp = l.type.kind === 'pointer', rp = r.type.kind === 'pointer';
  if ((lp && (rp || isInteger(r.type))) || (rp && isInteger(l.type))) {
    const [a, b] = pointerOperands(ctx, l, r, span, false);
    return compare(op, a, b, span);
  }
  return invalidOperands(ctx, op, l, r, span);
}

/** `&&`, `||` (6.5.13-14): scalar operands, result int 0 or 1. */
function logical(ctx: Sema, op: '&&' | '||', left: Expr, right: Expr, span: Span): TExpr {
  const l = scalarValue(ctx, left), r = scalarValue(ctx, right);
  if (ctx.isPoison(l) || ctx.isPoison(r)) return ctx.poison(span);
  return foldInteger({ k: 'logical', op, left: l, right: r, type: INT, span });
}

// ---- unary operators (6.5.3) -------------------------------------------------------------------

export function unary(ctx: Sema, e: Extract<Expr, { kind: 'unary' }>): TExpr {
  switch (e.op) {
    case '&': return addressOf(ctx, e.operand, e.span);
    case '*': return indirection(ctx, e.operand, e.span);
    case 'pre++': return incDec(ctx, e.operand, 1, true, e.span);
    case 'pre--': return incDec(ctx, e.operand, -1, true, e.span);
    case '!': {
      const v = value(ctx, e.operand);
      if (ctx.isPoison(v)) return v;
      if (!isScalar(v.type)) return wrongArgument(ctx, 'unary exclamation mark', e.span);
      return foldInteger({ k: 'unary', op: '!', operand: v, type: INT, span: e.span });
    }
    case '+': case '-': case '~': {
      const v = value(ctx, e.operand);
      if (ctx.isPoison(v)) return v;
      const ok = e.op === '~' ? isInteger(v.type) : isArithmetic(v.type);
      if (!ok) return wrongArgument(ctx, e.op === '+' ? 'unary plus' : e.op === '-' ? 'unary minus' : 'bit-complement', e.span);
      const t = promote(v.type);
      const operand = convert(ctx, v, t, true);
      if (e.op === '+') return { ...operand, span: e.span };
      if (operand.k === 'floatConst' && e.op === '-') return { ...operand, value: -operand.value, span: e.span };
      return foldInteger({ k: 'unary', op: e.op, operand, type: t, span: e.span });
    }
  }
}

function wrongArgument(ctx: Sema, what: string, span: Span): TExpr {
  ctx.error(span, `wrong type argument to ${what}`);
  return ctx.poison(span);
}

/** `&x` (6.5.3.2p1,3): of a function designator or an lvalue that is not a register variable. */
function addressOf(ctx: Sema, operand: Expr, span: Span): TExpr {
  const lv = expr(ctx, operand);
  if (ctx.isPoison(lv)) return lv;
  const isFunction = lv.type.kind === 'function';
  if (!isFunction && !isLvalue(lv)) {
    ctx.error(span, "lvalue required as unary '&' operand");
    return ctx.poison(span);
  }
  if (lv.k === 'member' && lv.member.bitWidth !== undefined) {
    ctx.error(span, `cannot take address of bit-field '${lv.member.name ?? ''}'`);
    return ctx.poison(span);
  }
  if (lv.k === 'var') {
    const entry = ctx.scope.lookup(lv.sym.name);
    if (entry?.k === 'var' && entry.sym === lv.sym && entry.register) {
      ctx.error(span, `address of register variable '${lv.sym.name}' requested`);
    }
  }
  markAddressTaken(lv);
  return { k: 'addrOf', lvalue: lv, type: pointerTo(lv.type), span };
}

/** `*p` (6.5.3.2p2,4). */
function indirection(ctx: Sema, operand: Expr, span: Span): TExpr {
  const p = value(ctx, operand);
  if (ctx.isPoison(p)) return p;
  if (p.type.kind !== 'pointer') {
    ctx.error(span, `invalid type argument of unary '*' (have ${quoted(p.type)})`);
    return ctx.poison(span);
  }
  if (p.type.to.kind === 'void') ctx.warn(span, "dereferencing 'void *' pointer");
  return { k: 'deref', ptr: p, type: p.type.to, span };
}

// ---- conditional and comma (6.5.15, 6.5.17) -------------------------------------------------------

export function comma(ctx: Sema, e: Extract<Expr, { kind: 'comma' }>): TExpr {
  const left = forEffect(ctx, expr(ctx, e.left));
  const right = value(ctx, e.right);
  if (ctx.isPoison(right)) return right;
  return { k: 'comma', left, right, type: right.type, span: e.span };
}

export function conditional(ctx: Sema, e: Extract<Expr, { kind: 'conditional' }>): TExpr {
  if (e.then === undefined) return elvis(ctx, e.cond, e.else, e.span);
  const cond = scalarValue(ctx, e.cond);
  const a = value(ctx, e.then), b = value(ctx, e.else);
  if (ctx.isPoison(cond) || ctx.isPoison(a) || ctx.isPoison(b)) return ctx.poison(e.span);
  return conditionalOn(ctx, cond, a, b, e.span);
}

function conditionalOn(ctx: Sema, cond: TExpr, a: TExpr, b: TExpr, span: Span): TExpr {
  const arms = armType(ctx, a, b, span);
  if (!arms) return ctx.poison(span);
  const [then, otherwise] = arms.type.kind === 'void' || isScalar(arms.type)
    ? [convert(ctx, a, arms.type, true), convert(ctx, b, arms.type, true)] : [a, b];
  return foldInteger({ k: 'conditional', cond, then, else: otherwise, type: arms.type, span });
}

/** The type of `c ? a : b` from its arms (6.5.15p3-6). */
function armType(ctx: Sema, a: TExpr, b: TExpr, span: Span): { type: CType } | undefined {
  const at = a.type, bt = b.type;
  if (isArithmetic(at) && isArithmetic(bt)) return { type: usualArithmetic(at, bt) };
  if (at.kind === 'void' || bt.kind === 'void') return { type: VOID };
  if (at.kind === 'record' && bt.kind === 'record' && at.rec === bt.rec) return { type: unqualified(at) };
  if (at.kind === 'pointer' && bt.kind === 'pointer') {
    if (isNullPointerConstant(b)) return { type: at };
    if (isNullPointerConstant(a)) return { type: bt };
    const q = { const: !!(at.to.q?.const || bt.to.q?.const), volatile: !!(at.to.q?.volatile || bt.to.q?.volatile) };
    const ap = unqualified(at.to), bp = unqualified(bt.to);
    if (ap.kind === 'void' || bp.kind === 'void') return { type: pointerTo(qualify(VOID, q)) };
    if (compatible(ap, bp)) return { type: pointerTo(qualify(composite(ap, bp), q)) };
    ctx.warn(span, 'pointer type mismatch in conditional expression');
    return { type: pointerTo(qualify(VOID, q)) };
  }
  if (at.kind === 'pointer' && isInteger(bt) || bt.kind === 'pointer' && isInteger(at)) {
    const [ptr, other] = at.kind === 'pointer' ? [a, b] : [b, a];
    if (!isNullPointerConstant(other)) ctx.warn(span, 'pointer/integer type mismatch in conditional expression');
    return { type: ptr.type };
  }
  ctx.error(span, 'type mismatch in conditional expression');
  return undefined;
}

/**
 * GNU `a ?: b`: `a` is evaluated once. Without side effects it is simply
 * used twice; otherwise it is saved in a temporary inside a statement
 * expression, `({ T t = a; t ? t : b; })`.
 */
function elvis(ctx: Sema, condExpr: Expr, elseExpr: Expr, span: Span): TExpr {
  const c = scalarValue(ctx, condExpr);
  const b = value(ctx, elseExpr);
  if (ctx.isPoison(c) || ctx.isPoison(b)) return ctx.poison(span);
  if (isPure(c) || ctx.blockLocals === undefined) return conditionalOn(ctx, c, c, b, span);
  const tmp = ctx.newSymbol({
    name: '', type: c.type, storage: 'local', external: false, addressTaken: false, span: c.span, linkName: ctx.mangle('.elvis'),
  });
  const read = (): TExpr => toRvalue(ctx, { k: 'var', sym: tmp, type: c.type, span: c.span });
  const result = conditionalOn(ctx, read(), read(), b, span);
  const declare = { k: 'declare' as const, sym: tmp, init: { items: [{ k: 'scalar' as const, offset: 0, type: c.type, expr: c }] }, span: c.span };
  return { k: 'stmtExpr', body: { k: 'block', locals: [tmp], items: [declare], span }, result, type: result.type, span };
}

/** No side effects and cheap to evaluate twice. */
function isPure(e: TExpr): boolean {
  switch (e.k) {
    case 'intConst': case 'floatConst': case 'nullPtr': case 'var': case 'string': return true;
    case 'load': case 'decay': return isPure(e.lvalue);
    case 'convert': return isPure(e.operand);
    case 'member': return isPure(e.object);
    default: return false;
  }
}
