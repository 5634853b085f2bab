/**
 * Function calls (C17 6.5.2.2).
 *
 * The callee is a pointer to a function after decay, so `f(x)`, `fp(x)` and
 * `(*fp)(x)` are one case. With a prototype, the arguments are counted and
 * converted as if by assignment to the parameter types; arguments beyond a
 * `...` and all arguments of an unprototyped function get the default
 * argument promotions (6.5.2.2p6-7). Calling an undeclared name declares it
 * implicitly as `int name()` with gcc 12's warning (builtins.ts).
 *
 * Deliberately not here: what a call does at run time (lowering, shims).
 *
 * Invariant: `args[i]` of the result already has the type the callee
 * receives; the node's type is the unqualified return type.
 */
import type { Expr } from '../ast.js';
import { isComplete, unqualified } from '../ctypes.js';
import type { TExpr } from '../typed-ast.js';
import type { Sema } from './context.js';
import { assignConvert, defaultPromote } from './conversions.js';
import { value } from './expressions.js';
import { builtinCall, implicitDeclaration } from './builtins.js';
import { isFunctionPointer, quoted, type FunctionType } from './types.js';

type CallExpr = Extract<Expr, { kind: 'call' }>;

/** The name gcc uses for the called function in messages: `f` for `f(...)` and `(*f)(...)`. */
function calleeName(e: Expr): string | undefined {
  if (e.kind === 'ident') return e.name;
  if (e.kind === 'unary' && e.op === '*') return calleeName(e.operand);
  if (e.kind === 'member') return e.name;
  return undefined;
}

export function call(ctx: Sema, e: CallExpr): TExpr {
  const c = e.callee;
  if (c.kind === 'ident' && !ctx.scope.lookup(c.name)) {
    const special = builtinCall(ctx, c.name, e);
    if (special) return special;
    implicitDeclaration(ctx, c.name, c.span);
  }
  const fn = value(ctx, c);
  const args = e.args.map((a) => value(ctx, a));
  if (ctx.isPoison(fn) || args.some((a) => ctx.isPoison(a))) return ctx.poison(e.span);
  const name = calleeName(c);
  if (!isFunctionPointer(fn.type)) {
    ctx.error(c.span, name && c.kind === 'ident' ? `called object '${name}' is not a function or function pointer`
      : 'called object is not a function or function pointer');
    return ctx.poison(e.span);
  }
  const ft = fn.type.to;
  const converted = convertArguments(ctx, ft, args, name, e);
  if (!converted) return ctx.poison(e.span);
  const ret = unqualified(ft.ret);
  if (ret.kind !== 'void' && !isComplete(ret)) {
    ctx.error(e.span, `invalid use of undefined type ${quoted(ret)}`);
    return ctx.poison(e.span);
  }
  return { k: 'call', callee: fn, args: converted, type: ret, span: e.span };
}

/** 6.5.2.2p2, p6-7: check the count against a prototype and convert each argument. */
function convertArguments(ctx: Sema, ft: FunctionType, args: TExpr[], name: string | undefined, e: CallExpr): TExpr[] | undefined {
  const fnLabel = name ? ` '${name}'` : '';
  for (const a of args) {
    if (a.type.kind === 'void') {
      ctx.error(a.span, 'invalid use of void expression');
      return undefined;
    }
  }
  if (!ft.prototyped) return args.map((a) => defaultPromote(ctx, a));
  if (args.length < ft.params.length) {
    ctx.error(e.span, `too few arguments to function${fnLabel}`);
    return undefined;
  }
  if (args.length > ft.params.length && !ft.variadic) {
    ctx.error(args[ft.params.length]!.span, `too many arguments to function${fnLabel}`);
    return undefined;
  }
  const out = args.map((a, i) => {
    const p = ft.params[i];
    if (p === undefined) return defaultPromote(ctx, a);
    return assignConvert(ctx, a, p, { kind: 'argument', index: i + 1, fn: name });
  });
  return out.some((a) => ctx.isPoison(a)) ? undefined : out;
}
