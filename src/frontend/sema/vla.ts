/**
 * Variable length arrays in sema (C17 6.7.6.2p4-5, 6.5.3.4p2).
 *
 * A VLA type `T[n]` gets a hidden local holding its size in bytes, computed
 * when its declarator is evaluated: `size = __ciri_vla_bound(n) * sizeof(T)`,
 * where the helper (src/shims/libc/builtins.ts) reports a size that is not
 * positive as UB (6.7.6.2p5) and `sizeof(T)` is itself a hidden local when T is
 * a VLA. The assignments wait in `ctx.vlaPending` until the enclosing
 * declaration emits them as statements (before the object's `declare`), or an
 * expression (`sizeof(int[n])`, a cast) puts them in front of itself with
 * commas, so each size expression is evaluated exactly once, in order.
 *
 * `sizeof` of a VLA reads the hidden local; indexing a pointer to a VLA scales
 * the index by it. Not here: VLA parameters beyond the outermost dimension
 * (reported unsupported) and jumps into a VLA's scope (see statements.ts).
 *
 * Invariant: every hidden size local is assigned before any use of its type.
 */
import type { Expr } from '../ast.js';
import { LONG, ULONG, isVla, sizeOf, type CType } from '../ctypes.js';
import type { Span } from '../source.js';
import type { TExpr, VarSymbol } from '../typed-ast.js';
import type { Sema } from './context.js';
import { convert } from './conversions.js';
import { value } from './expressions.js';
import { helperCall, helperType } from './gnu-builtins.js';

function sizeVar(sym: VarSymbol, span: Span): TExpr {
  return { k: 'var', sym, type: ULONG, span };
}

/** The size in bytes of a VLA type, as an rvalue (`unsigned long`). */
export function vlaSize(t: CType, span: Span): TExpr | undefined {
  if (!isVla(t)) return undefined;
  return { k: 'load', lvalue: sizeVar(t.vla.sym as VarSymbol, span), type: ULONG, span };
}

/** The size of `t` as an rvalue: a constant, or a VLA's hidden size. */
export function sizeExpr(t: CType, span: Span): TExpr {
  return vlaSize(t, span) ?? { k: 'intConst', value: BigInt(sizeOf(t)), type: ULONG, span };
}

/** `elem[size]` with a non-constant size inside a function: a VLA type whose size is computed at the declarator. */
export function vlaType(ctx: Sema, elem: CType, size: Expr, span: Span): CType {
  const n = value(ctx, size);
  if (ctx.isPoison(n)) return { kind: 'array', of: elem, length: 1 };
  const bound = helperCall(ctx, '__ciri_vla_bound', helperType(ULONG, [LONG]), [convert(ctx, n, LONG, true)], size.span);
  return sizedVla(ctx, elem, bound, span);
}

/** A VLA of `count` elements: its hidden size local and the pending computation `count * sizeof(elem)`. */
function sizedVla(ctx: Sema, elem: CType, count: TExpr, span: Span): CType {
  const bytes: TExpr = { k: 'binary', op: '*', left: count, right: sizeExpr(elem, span), type: ULONG, span };
  const sym = ctx.newSymbol({ name: '', type: ULONG, storage: 'local', external: false, addressTaken: false, span, linkName: '' });
  ctx.blockLocals?.push(sym);
  ctx.vlaPending.push({ k: 'assign', target: sizeVar(sym, span), value: bytes, type: ULONG, span });
  return { kind: 'array', of: elem, length: undefined, vla: { sym } };
}

/** `elem[*]` in a prototype (6.7.6.2p4): a VLA of unspecified size, only ever used for type checking. */
export function unspecifiedVla(ctx: Sema, elem: CType, span: Span): CType {
  if (ctx.scope.kind !== 'params') ctx.error(span, "'[*]' not allowed in other than function prototype scope");
  const sym = ctx.newSymbol({ name: '', type: ULONG, storage: 'local', external: false, addressTaken: false, span, linkName: '' });
  return { kind: 'array', of: elem, length: undefined, vla: { sym } };
}

/** `elem[length]` with a constant length but a VLA element type (`int m[4][n]`): a VLA as well. */
export function vlaOfConstant(ctx: Sema, elem: CType, length: number, span: Span): CType {
  return sizedVla(ctx, elem, { k: 'intConst', value: BigInt(length), type: ULONG, span }, span);
}

/** The size computations made since `mark`, removed from the pending list. */
export function takePending(ctx: Sema, mark = 0): TExpr[] {
  return ctx.vlaPending.splice(mark);
}

/** `e` preceded by the size computations made since `mark` (`(s1, s2, e)`). */
export function afterPending(ctx: Sema, mark: number, e: TExpr): TExpr {
  const pending = takePending(ctx, mark);
  if (pending.length === 0) return e;
  let out = e;
  for (let i = pending.length - 1; i >= 0; i--) {
    const voided: TExpr = { k: 'convert', operand: pending[i]!, implicit: true, type: { kind: 'void' }, span: pending[i]!.span };
    out = { k: 'comma', left: voided, right: out, type: out.type, span: e.span };
  }
  return out;
}
