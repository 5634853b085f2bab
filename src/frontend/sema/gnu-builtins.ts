/**
 * GNU builtins whose typing depends on their arguments (gcc manual, "Other
 * Builtins", "Integer Overflow Builtins", "__atomic Builtins", "__sync
 * Builtins"): sema checks and converts the arguments, then either folds the
 * call to a constant or rewrites it to a call of one of ciri's own run-time
 * helpers (`__ciri_*`, shims in src/shims/libc/builtins.ts) with explicit
 * types, so lowering and the machine see an ordinary call.
 *
 * - `__builtin_{add,sub,mul}_overflow(a, b, res)` and their `_p` and typed
 *   forms: the operands go as `long` or `unsigned long` (their own
 *   signedness), the result type as (size, signedness); the helper computes
 *   in infinite precision, stores through `res` (checked like any store) and
 *   returns whether the value was truncated.
 * - Floating classification (`isnan`, `isinf`, `isinf_sign`, `isfinite`,
 *   `isnormal`, `signbit`, `fpclassify`) and the quiet comparisons
 *   (`isgreater` ...): the operand goes as a double with a flag saying it was
 *   a float, so a float subnormal is still reported as subnormal.
 * - `__builtin_constant_p`, `__builtin_choose_expr`, `__builtin_nan` and the
 *   infinities fold to constants (usable in static initializers).
 * - `__atomic_*` and `__sync_*`: one helper that reads, combines and writes
 *   the object with the access checks of an ordinary load and store. There is
 *   one thread today; the data-race detection issue revisits these.
 *
 * Invariant: every call handled here yields a typed expression or is reported.
 */
import type { Expr } from '../ast.js';
import {
  BOOL, DOUBLE, FLOAT, INT, LONG, ULONG, VOID, intSigned, intSize, isArithmetic, isFloating, isInteger, isPointer,
  isScalar, pointerTo, sizeOf, unqualified, type CType,
} from '../ctypes.js';
import type { Span } from '../source.js';
import type { TExpr } from '../typed-ast.js';
import type { Sema } from './context.js';
import { convert, defaultPromote } from './conversions.js';
import { declareFunction } from './declarations.js';
import { constantValue, value } from './expressions.js';
import { evalInteger } from './constant.js';
import type { FunctionType } from './types.js';

type CallExpr = Extract<Expr, { kind: 'call' }>;

const VOID_PTR = pointerTo(VOID);

export function helperType(ret: CType, params: CType[], variadic = false): FunctionType {
  return { kind: 'function', ret, params, variadic, prototyped: true };
}

/** A call of ciri's run-time helper `name` (declared on first use) with already-converted arguments. */
export function helperCall(ctx: Sema, name: string, type: FunctionType, args: TExpr[], span: Span): TExpr {
  const entry = ctx.fileScope.lookup(name);
  const sym = entry?.k === 'var' ? entry.sym
    : declareFunction(ctx, ctx.fileScope, name, type, span, { isStatic: false, implicit: true })?.sym;
  if (!sym) return ctx.poison(span, type.ret);
  const callee: TExpr = { k: 'decay', lvalue: { k: 'var', sym, type, span }, type: pointerTo(type), span };
  return { k: 'call', callee, args, type: type.ret, span };
}

function int(v: number | bigint, span: Span, type: CType = INT): TExpr {
  return { k: 'intConst', value: BigInt(v), type, span };
}

function arity(ctx: Sema, name: string, e: CallExpr, n: number): boolean {
  if (e.args.length === n) return true;
  ctx.error(e.span, `${e.args.length < n ? 'too few' : 'too many'} arguments to function '${name}'`);
  return false;
}

/** An integer operand as long or unsigned long, keeping its signedness. */
function wideInteger(ctx: Sema, e: TExpr): TExpr {
  const t = unqualified(e.type);
  const signed = t.kind === 'int' && intSigned(t.ik) && t.ik !== 'bool';
  return convert(ctx, e, signed ? LONG : ULONG, true);
}

// ---- integer overflow -------------------------------------------------------------------

const OVERFLOW_OPS: Record<string, number> = { add: 0, sub: 1, mul: 2 };
/** `__builtin_saddl_overflow` and friends: the operand type the letters name. */
const TYPED_OVERFLOW = /^__builtin_([su])(add|sub|mul)(l|ll)?_overflow$/;

function overflow(ctx: Sema, name: string, e: CallExpr): TExpr | undefined {
  const generic = /^__builtin_(add|sub|mul)_overflow(_p)?$/.exec(name);
  const typed = TYPED_OVERFLOW.exec(name);
  if (!generic && !typed) return undefined;
  if (!arity(ctx, name, e, 3)) return ctx.poison(e.span, BOOL);
  const op = OVERFLOW_OPS[(generic ?? typed)![typed ? 2 : 1]!]!;
  const [a, b, r] = e.args.map((x) => value(ctx, x)) as [TExpr, TExpr, TExpr];
  if ([a, b, r].some((x) => ctx.isPoison(x))) return ctx.poison(e.span, BOOL);
  for (const [x, i] of [[a, 1], [b, 2]] as const) {
    if (!isInteger(unqualified(x.type))) {
      ctx.error(x.span, `argument ${i} in call to function '${name}' does not have integral type`);
      return ctx.poison(e.span, BOOL);
    }
  }
  const predicate = generic?.[2] === '_p';
  let resultType: CType;
  if (predicate) resultType = unqualified(r.type);
  else if (isPointer(r.type) && isInteger(unqualified(r.type.to)) && !r.type.to.q?.const) resultType = unqualified(r.type.to);
  else {
    ctx.error(r.span, `argument 3 in call to function '${name}' does not have pointer to integral type`);
    return ctx.poison(e.span, BOOL);
  }
  if (resultType.kind !== 'int' || resultType.ik === 'bool' || (predicate && !isInteger(resultType))) {
    ctx.error(r.span, `argument 3 in call to function '${name}' has ${predicate ? 'a' : 'pointer to'} boolean or non-integer type`);
    return ctx.poison(e.span, BOOL);
  }
  const ptr = predicate ? { k: 'nullPtr', type: VOID_PTR, span: r.span } as TExpr : convert(ctx, r, VOID_PTR, true);
  const type = helperType(BOOL, [INT, VOID_PTR, INT, INT], true);
  return helperCall(ctx, '__ciri_overflow', type, [
    int(op, e.span), ptr, int(intSize(resultType.ik), e.span), int(intSigned(resultType.ik) ? 1 : 0, e.span),
    wideInteger(ctx, a), wideInteger(ctx, b),
  ], e.span);
}

// ---- floating classification ----------------------------------------------------------------

/** fpclassify's argument order: the value returned for NaN, infinite, normal, subnormal, zero. */
const CLASSIFY: Record<string, readonly [number, number, number, number, number]> = {
  __builtin_isnan: [1, 0, 0, 0, 0],
  __builtin_isinf: [0, 1, 0, 0, 0],
  __builtin_isfinite: [0, 0, 1, 1, 1],
  __builtin_finite: [0, 0, 1, 1, 1],
  __builtin_isnormal: [0, 0, 1, 0, 0],
};
const COMPARE: Record<string, number> = {
  __builtin_isgreater: 0, __builtin_isgreaterequal: 1, __builtin_isless: 2, __builtin_islessequal: 3,
  __builtin_islessgreater: 4, __builtin_isunordered: 5,
};

/** A real floating operand as a double, with 1 when it was a float (its class is the float's). */
function floatingOperand(ctx: Sema, name: string, x: TExpr): [TExpr, TExpr] | undefined {
  const t = unqualified(x.type);
  if (!isArithmetic(t)) {
    ctx.error(x.span, `non-floating-point argument in call to function '${name}'`);
    return undefined;
  }
  const isFloat = isFloating(t) && t.fk === 'float';
  return [int(isFloat ? 1 : 0, x.span), convert(ctx, x, DOUBLE, true)];
}

function classification(ctx: Sema, name: string, e: CallExpr): TExpr | undefined {
  const classify = CLASSIFY[name];
  if (classify || name === '__builtin_fpclassify') {
    const n = classify ? 1 : 6;
    if (!arity(ctx, name, e, n)) return ctx.poison(e.span);
    const args = e.args.map((x) => value(ctx, x));
    if (args.some((x) => ctx.isPoison(x))) return ctx.poison(e.span);
    const results = classify ? classify.map((v) => int(v, e.span)) : args.slice(0, 5).map((x) => convert(ctx, x, INT, true));
    const operand = floatingOperand(ctx, name, args[n - 1]!);
    if (!operand) return ctx.poison(e.span);
    const type = helperType(INT, [INT, INT, INT, INT, INT, INT, DOUBLE]);
    return helperCall(ctx, '__ciri_fpclassify', type, [...results, ...operand], e.span);
  }
  if (name === '__builtin_signbit' || name === '__builtin_isinf_sign') {
    if (!arity(ctx, name, e, 1)) return ctx.poison(e.span);
    const x = value(ctx, e.args[0]!);
    if (ctx.isPoison(x)) return x;
    const operand = floatingOperand(ctx, name, x);
    if (!operand) return ctx.poison(e.span);
    const helper = name === '__builtin_signbit' ? '__ciri_signbit' : '__ciri_isinf_sign';
    return helperCall(ctx, helper, helperType(INT, [DOUBLE]), [operand[1]], e.span);
  }
  const cmp = COMPARE[name];
  if (cmp !== undefined) {
    if (!arity(ctx, name, e, 2)) return ctx.poison(e.span);
    const args = e.args.map((x) => value(ctx, x));
    if (args.some((x) => ctx.isPoison(x))) return ctx.poison(e.span);
    const ops = args.map((x) => floatingOperand(ctx, name, x));
    if (ops.some((o) => !o)) return ctx.poison(e.span);
    return helperCall(ctx, '__ciri_fpcompare', helperType(INT, [INT, DOUBLE, DOUBLE]), [int(cmp, e.span), ops[0]![1], ops[1]![1]], e.span);
  }
  return undefined;
}

// ---- constants ----------------------------------------------------------------------------------

const FLOAT_CONSTANTS: Record<string, [number, CType]> = {
  __builtin_inf: [Infinity, DOUBLE], __builtin_inff: [Infinity, FLOAT], __builtin_infl: [Infinity, DOUBLE],
  __builtin_huge_val: [Infinity, DOUBLE], __builtin_huge_valf: [Infinity, FLOAT], __builtin_huge_vall: [Infinity, DOUBLE],
  __builtin_nan: [NaN, DOUBLE], __builtin_nanf: [NaN, FLOAT], __builtin_nanl: [NaN, DOUBLE],
  __builtin_nans: [NaN, DOUBLE], __builtin_nansf: [NaN, FLOAT],
};

function constant(ctx: Sema, name: string, e: CallExpr): TExpr | undefined {
  const f = FLOAT_CONSTANTS[name];
  if (f) {
    const wantsString = name.includes('nan');
    if (!arity(ctx, name, e, wantsString ? 1 : 0)) return ctx.poison(e.span, f[1]);
    if (wantsString && e.args[0]!.kind !== 'string') {
      ctx.unsupported(e.args[0]!.span, `'${name}' with an argument that is not a string literal`);
      return ctx.poison(e.span, f[1]);
    }
    // long double is computed as double (README): the l forms give a double constant of type double.
    return { k: 'floatConst', value: f[0], type: f[1], span: e.span };
  }
  if (name === '__builtin_constant_p') {
    if (!arity(ctx, name, e, 1)) return ctx.poison(e.span);
    const te = ctx.inUnevaluated(() => value(ctx, e.args[0]!));
    if (ctx.isPoison(te)) return te;
    const isConst = te.k === 'floatConst' || (isInteger(te.type) && evalInteger(te).ok);
    return int(isConst ? 1 : 0, e.span);
  }
  if (name === '__builtin_choose_expr') {
    if (!arity(ctx, name, e, 3)) return ctx.poison(e.span);
    const c = constantValue(ctx, e.args[0]!);
    if (c.kind !== 'value') {
      if (c.kind !== 'error') ctx.error(e.args[0]!.span, "first argument to '__builtin_choose_expr' not a constant");
      return ctx.poison(e.span);
    }
    return value(ctx, e.args[c.value !== 0n ? 1 : 2]!);
  }
  if (name === '__builtin_object_size' || name === '__builtin_dynamic_object_size') {
    if (!arity(ctx, name, e, 2)) return ctx.poison(e.span, ULONG);
    const p = value(ctx, e.args[0]!);
    const c = constantValue(ctx, e.args[1]!);
    if (ctx.isPoison(p) || c.kind !== 'value' || c.value < 0n || c.value > 3n) {
      if (c.kind !== 'error' && !ctx.isPoison(p)) ctx.error(e.args[1]!.span, `argument 2 to '${name}' must be a constant 0 to 3`);
      return ctx.poison(e.span, ULONG);
    }
    // What gcc answers without optimization: "unknown", -1 for types 0 and 1, 0 for 2 and 3.
    return int(c.value < 2n ? (1n << 64n) - 1n : 0n, e.span, ULONG);
  }
  if (name === '__builtin_assume_aligned') {
    if (e.args.length < 2 || e.args.length > 3) return arity(ctx, name, e, 2) ? undefined : ctx.poison(e.span, VOID_PTR);
    const p = value(ctx, e.args[0]!);
    for (const a of e.args.slice(1)) value(ctx, a);
    if (ctx.isPoison(p)) return ctx.poison(e.span, VOID_PTR);
    if (!isPointer(p.type)) {
      ctx.error(p.span, `passing argument 1 of '${name}' makes pointer from integer without a cast`);
      return ctx.poison(e.span, VOID_PTR);
    }
    return { ...convert(ctx, p, VOID_PTR, true), span: e.span };
  }
  if (name === '__builtin_expect_with_probability') {
    if (!arity(ctx, name, e, 3)) return ctx.poison(e.span, LONG);
    const args = e.args.map((x) => value(ctx, x));
    if (args.some((x) => ctx.isPoison(x))) return ctx.poison(e.span, LONG);
    return { ...convert(ctx, args[0]!, LONG, true), span: e.span };
  }
  return undefined;
}

// ---- atomics ----------------------------------------------------------------------------------

/** Operation codes of `__ciri_atomic` (src/shims/libc/builtins.ts). */
const enum AtomicOp { Load = 0, Store = 1, Exchange = 2, Add = 3, Sub = 4, And = 5, Or = 6, Xor = 7, Nand = 8 }

const FETCH_OPS: Record<string, AtomicOp> = { add: AtomicOp.Add, sub: AtomicOp.Sub, and: AtomicOp.And, or: AtomicOp.Or, xor: AtomicOp.Xor, nand: AtomicOp.Nand };

/** The object an atomic builtin works on: `*p`, an integer or pointer of size 1, 2, 4 or 8. */
function atomicObject(ctx: Sema, name: string, p: TExpr): CType | undefined {
  if (!isPointer(p.type) || !isScalar(unqualified(p.type.to)) || isFloating(unqualified(p.type.to))
    || ![1, 2, 4, 8].includes(sizeOf(p.type.to))) {
    ctx.error(p.span, `argument 1 of '${name}' must be a pointer to a nonzero size integer or pointer object`);
    return undefined;
  }
  return unqualified(p.type.to);
}

/**
 * `__ciri_atomic_<long|ulong|ptr>(op, p, size, returnNew, value...)`: the helper
 * returns the old value (or the new one when `returnNew`), converted back to the object's type.
 */
function atomicCall(ctx: Sema, op: AtomicOp, p: TExpr, object: CType, v: TExpr | undefined, returnNew: boolean, span: Span): TExpr {
  const args = [int(op, span), convert(ctx, p, VOID_PTR, true), int(sizeOf(object), span), int(returnNew ? 1 : 0, span)];
  if (v) args.push(defaultPromote(ctx, convert(ctx, v, object, true)));
  const [helperRet, flavour] = isPointer(object) ? [VOID_PTR, 'ptr'] : isInteger(object) && intSigned(object.ik) ? [LONG, 'long'] : [ULONG, 'ulong'];
  const call = helperCall(ctx, `__ciri_atomic_${flavour}`, helperType(helperRet, [INT, VOID_PTR, INT, INT], true), args, span);
  return convert(ctx, call, object, true);
}

function atomics(ctx: Sema, name: string, e: CallExpr): TExpr | undefined {
  if (name === '__sync_synchronize' || name === '__atomic_thread_fence' || name === '__atomic_signal_fence') {
    for (const a of e.args) value(ctx, a);
    return { k: 'convert', operand: int(0, e.span), implicit: false, type: VOID, span: e.span };
  }
  const fetch = /^__(atomic|sync)_fetch_and_(add|sub|and|or|xor|nand)$|^__atomic_fetch_(add|sub|and|or|xor|nand)$/.exec(name);
  const opFetch = /^__sync_(add|sub|and|or|xor|nand)_and_fetch$|^__atomic_(add|sub|and|or|xor|nand)_fetch$/.exec(name);
  const known = fetch || opFetch || /^__atomic_(load_n|store_n|exchange_n|compare_exchange_n)$/.test(name)
    || /^__sync_(bool|val)_compare_and_swap$|^__sync_lock_(test_and_set|release)$/.test(name);
  if (!known) return undefined;
  const args = e.args.map((x) => value(ctx, x));
  if (args.length === 0 || args.some((x) => ctx.isPoison(x))) {
    if (args.length === 0) ctx.error(e.span, `too few arguments to function '${name}'`);
    return ctx.poison(e.span);
  }
  const p = args[0]!;
  const object = atomicObject(ctx, name, p);
  if (!object) return ctx.poison(e.span);
  const need = (n: number): boolean => args.length >= n || (ctx.error(e.span, `too few arguments to function '${name}'`), false);
  if (fetch || opFetch) {
    if (!need(2)) return ctx.poison(e.span);
    const op = FETCH_OPS[(fetch ?? opFetch)!.slice(1).find((x) => x !== undefined && x in FETCH_OPS)!]!;
    return atomicCall(ctx, op, p, object, args[1], !!opFetch, e.span);
  }
  switch (name) {
    case '__atomic_load_n': return atomicCall(ctx, AtomicOp.Load, p, object, undefined, false, e.span);
    case '__atomic_store_n': case '__sync_lock_release': {
      const v = name === '__sync_lock_release' ? int(0, e.span) : need(2) ? args[1]! : undefined;
      if (!v) return ctx.poison(e.span);
      return { k: 'convert', operand: atomicCall(ctx, AtomicOp.Store, p, object, v, false, e.span), implicit: false, type: VOID, span: e.span };
    }
    case '__atomic_exchange_n': case '__sync_lock_test_and_set':
      return need(2) ? atomicCall(ctx, AtomicOp.Exchange, p, object, args[1], false, e.span) : ctx.poison(e.span);
    default: {
      // Compare and swap: __atomic_compare_exchange_n(p, expected*, desired, weak, so, fo) and the two __sync forms.
      const isAtomic = name === '__atomic_compare_exchange_n';
      if (!need(3)) return ctx.poison(e.span);
      const expected = isAtomic ? args[1]! : convert(ctx, args[1]!, object, true);
      if (isAtomic && !(isPointer(expected.type) && sizeOf(expected.type.to) === sizeOf(object))) {
        ctx.error(expected.span, `argument 2 of '${name}' must be a pointer to an object of the same size as argument 1's`);
        return ctx.poison(e.span);
      }
      const type = helperType(isAtomic || name === '__sync_bool_compare_and_swap' ? BOOL : object, [INT, VOID_PTR, VOID_PTR, INT], true);
      const mode = isAtomic ? 0 : name === '__sync_bool_compare_and_swap' ? 1 : 2;
      const expectedArg = isAtomic ? convert(ctx, expected, VOID_PTR, true) : { k: 'nullPtr', type: VOID_PTR, span: e.span } as TExpr;
      const extra = isAtomic ? [] : [defaultPromote(ctx, expected)];
      const desired = defaultPromote(ctx, convert(ctx, args[2]!, object, true));
      const helper = mode === 2 && isPointer(object) ? '__ciri_cas_ptr' : mode === 2 ? (isInteger(object) && intSigned(object.ik) ? '__ciri_cas_long' : '__ciri_cas_ulong') : '__ciri_cas';
      const ret = mode === 2 ? (isPointer(object) ? VOID_PTR : isInteger(object) && intSigned(object.ik) ? LONG : ULONG) : BOOL;
      const call = helperCall(ctx, helper, { ...type, ret }, [int(mode, e.span), convert(ctx, p, VOID_PTR, true), expectedArg, int(sizeOf(object), e.span), desired, ...extra], e.span);
      return mode === 2 ? convert(ctx, call, object, true) : call;
    }
  }
}

/** A GNU builtin typed by its arguments, or undefined when `name` is not one. */
export function gnuBuiltin(ctx: Sema, name: string, e: CallExpr): TExpr | undefined {
  if (!name.startsWith('__builtin_') && !name.startsWith('__atomic_') && !name.startsWith('__sync_')) return undefined;
  return overflow(ctx, name, e) ?? classification(ctx, name, e) ?? constant(ctx, name, e) ?? atomics(ctx, name, e);
}
