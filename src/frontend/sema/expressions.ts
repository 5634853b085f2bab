/**
 * Expressions (C17 6.5): the dispatcher, primary expressions, constants,
 * subscripts, member access, sizeof/_Alignof, casts, compound literals and
 * generic selections. Operators live in operators.ts and assign.ts, calls in
 * calls.ts, GNU builtins in builtins.ts.
 *
 * `expr` gives an expression's typed form *before* lvalue conversion (an
 * array stays an array, a variable stays a `var`), which is what `&`,
 * `sizeof`, `.` and assignment need; `value` applies the conversions of
 * 6.3.2.1 (`load`, `decay`) for every other use.
 *
 * Deliberately not here: conversions between scalar types (conversions.ts).
 *
 * Invariant: these functions never throw; an expression that cannot be
 * typed is reported once and replaced by a poisoned constant.
 */
import type { Expr, Initializer, TypeName } from '../ast.js';
import type { CType } from '../ctypes.js';
import {
  isVla, CHAR, DOUBLE, FLOAT, INT, LDOUBLE, LONG, UCHAR, UINT, ULONG, USHORT, alignOf, arrayOf, compatible, isComplete,
  intType, isInteger, isScalar, sizeOf, unqualified,
} from '../ctypes.js';
import type { Span } from '../source.js';
import type { TExpr } from '../typed-ast.js';
import { internalError, type Sema } from './context.js';
import { evalInteger, integerConstantKind, wrapTo } from './constant.js';
import { convert, isLvalue, toRvalue } from './conversions.js';
import { typeName } from './declarators.js';
import { findMember } from './records.js';
import { binary, comma, conditional, unary } from './operators.js';
import { assignment, incDec } from './assign.js';
import { call } from './calls.js';
import { funcName, offsetOf } from './builtins.js';
import { vaArg } from './stdarg.js';
import { afterPending, vlaSize } from './vla.js';
import { initializer } from './initializers.js';
import { statementExpression } from './statements.js';
import { isReadonlyObject, qualify, qualifiersOf, quoted } from './types.js';

/** The typed form of `e`, without lvalue conversion. */
export function expr(ctx: Sema, e: Expr): TExpr {
  try {
    return dispatch(ctx, e);
  } catch (err) {
    internalError(ctx, e.span, err);
    return ctx.poison(e.span);
  }
}

function dispatch(ctx: Sema, e: Expr): TExpr {
  switch (e.kind) {
    case 'ident': return identifier(ctx, e.name, e.span);
    case 'intConst': return integerConstant(ctx, e);
    case 'floatConst': {
      const type = e.suffix === 'f' ? FLOAT : e.suffix === 'l' ? LDOUBLE : DOUBLE;
      return { k: 'floatConst', value: e.suffix === 'f' ? Math.fround(e.value) : e.value, type, span: e.span };
    }
    case 'charConst': {
      const type = e.prefix === 'u' ? USHORT : e.prefix === 'U' ? UINT : e.prefix === 'u8' ? UCHAR : INT;
      return { k: 'intConst', value: wrapTo(type, BigInt(e.value)), type, span: e.span };
    }
    case 'string': return stringLiteral(e.units, e.prefix, e.span);
    case 'index': return subscript(ctx, e.base, e.index, e.span);
    case 'call': return call(ctx, e);
    case 'member': return member(ctx, e);
    case 'postfix': return incDec(ctx, e.operand, e.op === '++' ? 1 : -1, false, e.span);
    case 'compoundLiteral': return compoundLiteral(ctx, e.type, e.init, e.span);
    case 'unary': return unary(ctx, e);
    case 'sizeofExpr': return sizeofType(ctx, unevaluated(ctx, e.operand), e.span);
    case 'sizeofType': {
      const mark = ctx.vlaPending.length;
      return afterPending(ctx, mark, sizeofType(ctx, typeName(ctx, e.type), e.span));
    }
    case 'alignofType': return alignofType(ctx, typeName(ctx, e.type), e.span);
    case 'alignofExpr': return alignofType(ctx, unevaluated(ctx, e.operand), e.span);
    case 'cast': {
      const mark = ctx.vlaPending.length;
      return afterPending(ctx, mark, cast(ctx, e.type, e.operand, e.span));
    }
    case 'binary': return binary(ctx, e);
    case 'conditional': return conditional(ctx, e);
    case 'assign': return assignment(ctx, e);
    case 'comma': return comma(ctx, e);
    case 'stmtExpr': return statementExpression(ctx, e.body, e.span);
    case 'generic': return generic(ctx, e);
    case 'offsetof': return offsetOf(ctx, e);
    case 'typesCompatible': {
      const same = compatible(unqualified(typeName(ctx, e.a)), unqualified(typeName(ctx, e.b)));
      return { k: 'intConst', value: same ? 1n : 0n, type: INT, span: e.span };
    }
    case 'vaArg': return vaArg(ctx, e);
    default: {
      const never: never = e;
      return ctx.poison((never as Expr).span);
    }
  }
}

/**
 * The typed form of an operand that is not evaluated (of sizeof, _Alignof).
 * A function of its own so that `dispatch` makes no closure: one capturing
 * its parameters would cost a context object on every call, whatever the kind.
 */
function unevaluated(ctx: Sema, e: Expr): TExpr {
  return ctx.inUnevaluated(() => expr(ctx, e));
}

/** The value of `e` (6.3.2.1): loaded, or decayed to a pointer. */
export function value(ctx: Sema, e: Expr): TExpr {
  return toRvalue(ctx, expr(ctx, e));
}

/** A value of scalar type, as conditions and logical operands need (6.8.4.1p1, 6.5.13p2). */
export function scalarValue(ctx: Sema, e: Expr): TExpr {
  const v = value(ctx, e);
  if (ctx.isPoison(v) || isScalar(v.type)) return v;
  if (v.type.kind === 'void') ctx.error(v.span, 'void value not ignored as it ought to be');
  else ctx.error(v.span, `used ${v.type.kind === 'record' && v.type.rec.isUnion ? 'union' : 'struct'} type value where scalar is required`);
  return ctx.poison(v.span);
}

/** An expression evaluated only for its side effects (an expression statement, the left of a comma). */
export function forEffect(ctx: Sema, e: TExpr): TExpr {
  return isLvalue(e) && isScalar(e.type) ? toRvalue(ctx, e) : e;
}

// ---- constant expressions ---------------------------------------------------------------

export type ConstantResult =
  | { readonly kind: 'value'; readonly value: bigint }
  | { readonly kind: 'notConstant' | 'notInteger' | 'error' };

/** Evaluate `e` as an integer constant expression (6.6p6); errors in the evaluation itself are reported here. */
export function constantValue(ctx: Sema, e: Expr): ConstantResult {
  const te = ctx.inUnevaluated(() => value(ctx, e));
  if (ctx.isPoison(te)) return { kind: 'error' };
  if (!isInteger(te.type)) return { kind: 'notInteger' };
  const v = evalInteger(te);
  if (!v.ok) {
    if (v.reason === 'not constant') return { kind: 'notConstant' };
    ctx.error(te.span, v.reason === 'division by zero' ? 'division by zero in a constant expression' : 'shift count out of range in a constant expression');
    return { kind: 'error' };
  }
  if (v.overflow) ctx.warn(te.span, `integer overflow in expression of type ${quoted(te.type)} results in '${v.value}'`);
  return { kind: 'value', value: v.value };
}

/** The value of an integer constant expression, or undefined after reporting `message`. */
export function integerConstantExpression(ctx: Sema, e: Expr, message: string): bigint | undefined {
  const v = constantValue(ctx, e);
  if (v.kind === 'value') return v.value;
  if (v.kind !== 'error') ctx.error(e.span, message);
  return undefined;
}

// ---- primary expressions (6.5.1) ----------------------------------------------------------------

function identifier(ctx: Sema, name: string, span: Span): TExpr {
  const entry = ctx.scope.lookup(name);
  if (!entry) {
    if (name === '__func__' && ctx.fn) return funcName(ctx, span);
    undeclared(ctx, name, span);
    return ctx.poison(span);
  }
  switch (entry.k) {
    case 'var':
      ctx.use(entry.sym, span);
      return { k: 'var', sym: entry.sym, type: entry.type, span };
    case 'enumConst': return { k: 'intConst', value: entry.value, type: entry.type, span };
    case 'typedef':
      ctx.error(span, `expected expression before '${name}'`);
      return ctx.poison(span);
  }
}

function undeclared(ctx: Sema, name: string, span: Span): void {
  if (!ctx.fn) {
    ctx.error(span, `'${name}' undeclared here (not in a function)`);
    return;
  }
  if (ctx.fn.undeclared.has(name)) return;
  ctx.fn.undeclared.add(name);
  const first = !ctx.notedUndeclared;
  ctx.notedUndeclared = true;
  ctx.error(span, `'${name}' undeclared (first use in this function)`,
    first ? [{ message: 'each undeclared identifier is reported only once for each function it appears in', span: undefined }] : undefined);
}

/** C17 6.4.4.1: the first type of the constant's list that can represent it. */
function integerConstant(ctx: Sema, e: Extract<Expr, { kind: 'intConst' }>): TExpr {
  const k = integerConstantKind(e.value, e.unsigned, e.longs, e.decimal);
  if (!k) {
    ctx.error(e.span, 'integer constant is too large for its type');
    return ctx.poison(e.span, { kind: 'int', ik: 'ullong' });
  }
  if (k.tooLargeSigned) ctx.warn(e.span, 'integer constant is so large that it is unsigned');
  return { k: 'intConst', value: e.value, type: intType(k.kind), span: e.span };
}

/** A string literal (6.4.5p6): an array of its code units and a terminating zero, with static storage. */
export function stringLiteral(units: readonly number[], prefix: string, span: Span): TExpr {
  const elem: CType = prefix === 'L' ? INT : prefix === 'u' ? USHORT : prefix === 'U' ? UINT : CHAR;
  const size = sizeOf(elem);
  const bytes = new Uint8Array((units.length + 1) * size);
  units.forEach((u, i) => {
    for (let b = 0; b < size; b++) bytes[i * size + b] = (u >>> (8 * b)) & 0xff;
  });
  return { k: 'string', bytes, type: arrayOf(elem, units.length + 1), span };
}

// ---- postfix expressions (6.5.2) --------------------------------------------------------------

/** The size of what a pointer of type `t` points to, for pointer arithmetic (void and functions count 1, as in gcc). */
export function elementSize(ctx: Sema, t: CType, span: Span): number | undefined {
  if (t.kind !== 'pointer') return undefined;
  const to = t.to;
  if (to.kind === 'void' || to.kind === 'function') return 1;
  if (isVla(to)) {
    ctx.unsupported(span, 'this arithmetic on a pointer to a variable length array is not supported yet (indexing is)');
    return undefined;
  }
  if (!isComplete(to)) {
    ctx.error(span, `invalid use of undefined type ${quoted(unqualified(to))}`);
    return undefined;
  }
  return sizeOf(to);
}

/**
 * `ptr + index` (index already a long): scaled by the element size, which for
 * a pointer to a VLA is its run-time size (the index is multiplied by it and
 * the step is one byte).
 */
export function scaledPointerPlus(ctx: Sema, ptr: TExpr, index: TExpr, span: Span): TExpr | undefined {
  const to = (ptr.type as Extract<CType, { kind: 'pointer' }>).to;
  const runtime = vlaSize(to, span);
  if (runtime) {
    const scaled: TExpr = { k: 'binary', op: '*', left: index, right: convert(ctx, runtime, LONG, true), type: LONG, span };
    return { k: 'ptrAdd', ptr, index: scaled, elemSize: 1, type: ptr.type, span };
  }
  const elemSize = elementSize(ctx, ptr.type, span);
  if (elemSize === undefined) return undefined;
  return { k: 'ptrAdd', ptr, index, elemSize, type: ptr.type, span };
}

/** `a[i]` is `*(a + i)` (6.5.2.1p2), with either operand the pointer. */
function subscript(ctx: Sema, baseExpr: Expr, indexExpr: Expr, span: Span): TExpr {
  const a = value(ctx, baseExpr), b = value(ctx, indexExpr);
  if (ctx.isPoison(a) || ctx.isPoison(b)) return ctx.poison(span);
  let ptr = a, index = b;
  if (b.type.kind === 'pointer' && a.type.kind !== 'pointer') [ptr, index] = [b, a];
  if (ptr.type.kind !== 'pointer') {
    ctx.error(span, 'subscripted value is neither array nor pointer nor vector');
    return ctx.poison(span);
  }
  if (!isInteger(index.type)) {
    ctx.error(index.span, 'array subscript is not an integer');
    return ctx.poison(span);
  }
  const at = scaledPointerPlus(ctx, ptr, convert(ctx, index, LONG, true), span);
  if (!at) return ctx.poison(span);
  return { k: 'deref', ptr: at, type: ptr.type.to, span };
}

/** `s.m` and `p->m` (6.5.2.3); `p->m` is `(*p).m`. The member is as qualified as the record (6.5.2.3p3). */
function member(ctx: Sema, e: Extract<Expr, { kind: 'member' }>): TExpr {
  let object = e.arrow ? value(ctx, e.object) : expr(ctx, e.object);
  if (ctx.isPoison(object)) return ctx.poison(e.span);
  if (e.arrow) {
    const t = object.type;
    if (t.kind !== 'pointer' || t.to.kind !== 'record') {
      if (t.kind === 'pointer') ctx.error(e.span, `request for member '${e.name}' in something not a structure or union`);
      else ctx.error(e.span, `invalid type argument of '->' (have ${quoted(t)})`);
      return ctx.poison(e.span);
    }
    object = { k: 'deref', ptr: object, type: t.to, span: object.span };
  }
  const t = object.type;
  if (t.kind !== 'record') {
    ctx.error(e.span, `request for member '${e.name}' in something not a structure or union`);
    return ctx.poison(e.span);
  }
  if (!t.rec.members) {
    ctx.error(e.span, `invalid use of undefined type ${quoted(unqualified(t))}`);
    return ctx.poison(e.span);
  }
  const path = findMember(t.rec, e.name);
  if (!path) {
    ctx.error(e.nameSpan, `${quoted(unqualified(t))} has no member named '${e.name}'`);
    return ctx.poison(e.span);
  }
  let result = object;
  for (const step of path) {
    const type = qualify(step.member.type, qualifiersOf(result.type));
    result = { k: 'member', object: result, member: step.member, type, span: e.span };
  }
  return result;
}

// ---- sizeof, _Alignof, casts (6.5.3.4, 6.5.4) -----------------------------------------------------

function sizeofType(ctx: Sema, of: TExpr | CType, span: Span): TExpr {
  const t = 'kind' in of ? of : of.type;
  if (!('kind' in of) && ctx.isPoison(of)) return ctx.poison(span, ULONG);
  if (!('kind' in of) && of.k === 'member' && of.member.bitWidth !== undefined) {
    ctx.error(span, "'sizeof' applied to a bit-field");
    return ctx.poison(span, ULONG);
  }
  const runtime = vlaSize(t, span);
  if (runtime) return runtime;
  let size = 1;
  if (t.kind === 'function') ctx.error(span, "invalid application of 'sizeof' to a function type");
  else if (t.kind !== 'void' && !isComplete(t)) ctx.error(span, `invalid application of 'sizeof' to incomplete type ${quoted(t)}`);
  else if (t.kind !== 'void') size = sizeOf(t);
  return { k: 'intConst', value: BigInt(size), type: ULONG, span };
}

function alignofType(ctx: Sema, of: TExpr | CType, span: Span): TExpr {
  const t = 'kind' in of ? of : of.type;
  let align = 1;
  if (t.kind === 'function') ctx.error(span, "invalid application of '_Alignof' to a function type");
  else if (t.kind !== 'void' && !isComplete(t)) ctx.error(span, `invalid application of '_Alignof' to incomplete type ${quoted(t)}`);
  else align = alignOf(t);
  return { k: 'intConst', value: BigInt(align), type: ULONG, span };
}

/** `(T)e` (6.5.4): to void, or between scalar types; gcc forbids pointer/floating casts. */
function cast(ctx: Sema, tn: TypeName, operandExpr: Expr, span: Span): TExpr {
  const to = typeName(ctx, tn);
  const v = value(ctx, operandExpr);
  if (ctx.isPoison(v)) return ctx.poison(span, unqualified(to));
  if (to.kind === 'void') return { ...convert(ctx, v, to, false), span };
  const from = v.type;
  if (!isScalar(to)) {
    if (to.kind === 'record' && from.kind === 'record' && from.rec === to.rec) return v;
    ctx.error(span, 'conversion to non-scalar type requested');
    return ctx.poison(span);
  }
  if (from.kind === 'void') {
    ctx.error(span, 'void value not ignored as it ought to be');
    return ctx.poison(span, unqualified(to));
  }
  if (!isScalar(from)) {
    const wanted = to.kind === 'pointer' ? 'a pointer' : to.kind === 'float' ? 'a floating-point' : 'an integer';
    ctx.error(span, `aggregate value used where ${wanted} was expected`);
    return ctx.poison(span, unqualified(to));
  }
  if (to.kind === 'float' && from.kind === 'pointer') {
    ctx.error(span, 'pointer value used where a floating-point was expected');
    return ctx.poison(span, unqualified(to));
  }
  if (to.kind === 'pointer' && from.kind === 'float') {
    ctx.error(span, 'cannot convert to a pointer type');
    return ctx.poison(span, unqualified(to));
  }
  const converted = convert(ctx, v, to, false);
  return converted === v ? v : { ...converted, span };
}

// ---- compound literals and _Generic (6.5.2.5, 6.5.1.1) ------------------------------------------

/**
 * `(T){...}`: an unnamed object, automatic in a block (listed in the
 * enclosing block's locals) and static at file scope (6.5.2.5p5).
 */
function compoundLiteral(ctx: Sema, tn: TypeName, init: Initializer, span: Span): TExpr {
  const declared = typeName(ctx, tn);
  if (declared.kind === 'function' || declared.kind === 'void' || (declared.kind !== 'array' && !isComplete(declared))) {
    ctx.error(span, `compound literal has ${declared.kind === 'function' ? 'function' : 'incomplete'} type ${quoted(declared)}`);
    return ctx.poison(span);
  }
  const isStatic = ctx.blockLocals === undefined;
  const sym = ctx.newSymbol({
    name: '', type: declared, storage: isStatic ? 'global' : 'local', external: false,
    addressTaken: !isScalar(declared), span, linkName: ctx.mangle('.compoundliteral'),
  });
  if (!isStatic) ctx.blockLocals!.push(sym);
  const flat = initializer(ctx, declared, init, { isStatic, name: undefined });
  sym.type = flat.type;
  if (isStatic) ctx.linker.addGlobal({ sym, init: flat.init, readonly: isReadonlyObject(flat.type), span });
  return { k: 'compoundLiteral', sym, init: flat.init, type: flat.type, span };
}

/** `_Generic` picks the association compatible with the controlling expression's converted type (6.5.1.1p3). */
function generic(ctx: Sema, e: Extract<Expr, { kind: 'generic' }>): TExpr {
  const control = ctx.inUnevaluated(() => value(ctx, e.control));
  if (ctx.isPoison(control)) return ctx.poison(e.span);
  const t = unqualified(control.type);
  let chosen: Expr | undefined;
  let fallback: Expr | undefined;
  for (const a of e.assocs) {
    if (!a.type) { fallback = a.expr; continue; }
    if (!chosen && compatible(typeName(ctx, a.type), t)) chosen = a.expr;
  }
  const pick = chosen ?? fallback;
  if (!pick) {
    ctx.error(e.control.span, `'_Generic' selector of type ${quoted(t)} is not compatible with any association`);
    return ctx.poison(e.span);
  }
  return expr(ctx, pick);
}
