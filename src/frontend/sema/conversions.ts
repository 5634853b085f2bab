/**
 * The implicit conversions of C17 6.3, made explicit as typed-AST nodes:
 * lvalue conversion (`load`), array and function decay (`decay`), scalar
 * conversions (`convert`, folded when the operand is a constant), the default
 * argument promotions (6.5.2.2p6) and the conversions "as if by assignment"
 * (6.5.16.1) used by assignment, initialization, argument passing and
 * `return`, with gcc's diagnostics for each of the four.
 *
 * Deliberately not here: the usual arithmetic conversions of binary
 * operators (operators.ts uses ctypes.usualArithmetic).
 *
 * Invariant: `convert` only sees scalar (or void target) types; the result of
 * `toRvalue` is never an lvalue of scalar or record type, nor of array or
 * function type.
 */
import type { CType } from '../ctypes.js';
import {
  INT, UINT, intSigned,
  DOUBLE, compatible, isArithmetic, isInteger, pointerTo, promote, unqualified, VOID,
} from '../ctypes.js';
import type { TExpr } from '../typed-ast.js';
import type { Sema } from './context.js';
import { wrapTo } from './constant.js';
import { isVoidPointer, quoted, sameType } from './types.js';

// ---- lvalues ------------------------------------------------------------------------

/** Whether `e` designates an object (C17 6.3.2.1p1); function designators are not lvalues. */
export function isLvalue(e: TExpr): boolean {
  switch (e.k) {
    case 'var': return e.sym.storage !== 'function';
    case 'deref': return e.type.kind !== 'function';
    case 'member': return isLvalue(e.object);
    case 'compoundLiteral': case 'string': return true;
    default: return false;
  }
}

/** The object an lvalue is part of needs memory: its address escapes (lowering reads `addressTaken`). */
export function markAddressTaken(e: TExpr): void {
  if (e.k === 'var' || e.k === 'compoundLiteral') e.sym.addressTaken = true;
  else if (e.k === 'member') markAddressTaken(e.object);
}

/**
 * Use `e` as a value (6.3.2.1p2-4): an array decays to a pointer to its
 * first element, a function designator to a pointer to the function, and a
 * scalar or record lvalue is read (`load`, dropping qualifiers).
 */
export function toRvalue(ctx: Sema, e: TExpr): TExpr {
  if (ctx.isPoison(e)) return e;
  const t = e.type;
  if (t.kind === 'array') {
    markAddressTaken(e);
    return { k: 'decay', lvalue: e, type: pointerTo(t.of), span: e.span };
  }
  if (t.kind === 'function') return { k: 'decay', lvalue: e, type: pointerTo(unqualified(t)), span: e.span };
  if (!isLvalue(e) || t.kind === 'void') return e;
  if (t.kind === 'record' && !t.rec.members) {
    ctx.error(e.span, `invalid use of undefined type ${quoted(unqualified(t))}`);
    return ctx.poison(e.span);
  }
  const load: TExpr = { k: 'load', lvalue: e, type: unqualified(t), span: e.span };
  return e.k === 'member' && e.member.bitWidth !== undefined ? bitFieldValue(load, e.member.bitWidth) : load;
}

/**
 * The value of a bit-field has the type gcc gives it: a bit-field narrower
 * than `int` (or a signed one exactly as wide) is an `int`, an unsigned one of
 * 32 bits an `unsigned int`, a wider one keeps its declared type (C17
 * 6.3.1.1p2 applied to the field's width, as gcc does for every integer type).
 */
function bitFieldValue(load: TExpr, width: number): TExpr {
  const t = load.type;
  if (t.kind !== 'int' || t.ik === 'bool') return load;
  const signed = intSigned(t.ik);
  const to = width < 32 || (width === 32 && signed) ? INT : width === 32 ? UINT : t;
  return to === t ? load : { k: 'convert', operand: load, implicit: true, type: to, span: load.span };
}

// ---- scalar conversions ------------------------------------------------------------------

/** C17 6.3.2.3p3: an integer constant expression with value 0, or one cast to `void *`. */
export function isNullPointerConstant(e: TExpr): boolean {
  if (e.k === 'intConst') return e.type.kind === 'int' && e.value === 0n;
  return e.k === 'nullPtr' && isVoidPointer(e.type) && !(e.type as { to: CType }).to.q;
}

/**
 * Convert the value `e` to the scalar (or void) type `to`. Constants are
 * converted on the spot (6.3.1.3, 6.3.1.4 within range, 6.3.2.3p3); a
 * conversion to the same type adds no node.
 */
export function convert(ctx: Sema, e: TExpr, to: CType, implicit: boolean): TExpr {
  const target = unqualified(to);
  if (ctx.isPoison(e)) return ctx.poison(e.span, target);
  if (target.kind === 'void') return { k: 'convert', operand: e, type: VOID, implicit, span: e.span };
  if (sameType(e.type, target)) return e;
  const folded = foldConversion(e, target);
  if (folded) return folded;
  return { k: 'convert', operand: e, type: target, implicit, span: e.span };
}

function foldConversion(e: TExpr, to: CType): TExpr | undefined {
  const span = e.span;
  if (e.k === 'intConst' && e.type.kind === 'int') {
    if (to.kind === 'int') return { k: 'intConst', value: wrapTo(to, e.value), type: to, span };
    if (to.kind === 'float') return { k: 'floatConst', value: roundFor(to, Number(e.value)), type: to, span };
    if (to.kind === 'pointer' && e.value === 0n) return { k: 'nullPtr', type: to, span };
  }
  if (e.k === 'floatConst') {
    if (to.kind === 'float') return { k: 'floatConst', value: roundFor(to, e.value), type: to, span };
    if (to.kind === 'int' && to.ik === 'bool') return { k: 'intConst', value: e.value !== 0 ? 1n : 0n, type: to, span };
    if (to.kind === 'int' && Number.isFinite(e.value)) {
      // 6.3.1.4p1: only an in-range integral part has a value; otherwise the machine reports it when it runs.
      const v = BigInt(Math.trunc(e.value));
      if (wrapTo(to, v) === v) return { k: 'intConst', value: v, type: to, span };
    }
  }
  if (e.k === 'nullPtr') {
    if (to.kind === 'pointer') return { k: 'nullPtr', type: to, span };
    if (to.kind === 'int') return { k: 'intConst', value: 0n, type: to, span };
  }
  return undefined;
}

function roundFor(t: CType, v: number): number {
  return t.kind === 'float' && t.fk === 'float' ? Math.fround(v) : v;
}

/** C17 6.5.2.2p6: integer promotions, and float to double, for arguments without a prototype. */
export function defaultPromote(ctx: Sema, e: TExpr): TExpr {
  if (e.type.kind === 'float' && e.type.fk === 'float') return convert(ctx, e, DOUBLE, true);
  if (isInteger(e.type)) return convert(ctx, e, promote(e.type), true);
  return e;
}

// ---- as if by assignment (6.5.16.1) ------------------------------------------------------

/** Where a value is converted as if by assignment; gcc words each case differently. */
export type AssignContext =
  | { readonly kind: 'assignment' }
  | { readonly kind: 'initialization' }
  | { readonly kind: 'argument'; readonly index: number; readonly fn: string | undefined }
  | { readonly kind: 'return' };

type Problem = 'incompatible-pointer' | 'int-from-pointer' | 'pointer-from-int' | 'discards' | 'incompatible';

function argOf(how: Extract<AssignContext, { kind: 'argument' }>): string {
  return `argument ${how.index}${how.fn ? ` of '${how.fn}'` : ''}`;
}

function message(how: AssignContext, problem: Problem, to: CType, from: CType, qualifier: string): string {
  const [t, f] = [quoted(to), quoted(from)];
  const makes = problem === 'int-from-pointer' ? 'makes integer from pointer without a cast' : 'makes pointer from integer without a cast';
  const discards = `discards '${qualifier}' qualifier from pointer target type`;
  switch (how.kind) {
    case 'assignment':
      if (problem === 'incompatible-pointer') return `assignment to ${t} from incompatible pointer type ${f}`;
      if (problem === 'discards') return `assignment ${discards}`;
      if (problem === 'incompatible') return `incompatible types when assigning to type ${t} from type ${f}`;
      return `assignment to ${t} from ${f} ${makes}`;
    case 'initialization':
      if (problem === 'incompatible-pointer') return `initialization of ${t} from incompatible pointer type ${f}`;
      if (problem === 'discards') return `initialization ${discards}`;
      if (problem === 'incompatible') return `incompatible types when initializing type ${t} using type ${f}`;
      return `initialization of ${t} from ${f} ${makes}`;
    case 'argument':
      if (problem === 'incompatible-pointer') return `passing ${argOf(how)} from incompatible pointer type`;
      if (problem === 'discards') return `passing ${argOf(how)} ${discards}`;
      if (problem === 'incompatible') return `incompatible type for ${argOf(how)}`;
      return `passing ${argOf(how)} ${makes}`;
    case 'return':
      if (problem === 'incompatible-pointer') return `returning ${f} from a function with incompatible return type ${t}`;
      if (problem === 'discards') return `return ${discards}`;
      if (problem === 'incompatible') return `incompatible types when returning type ${f} but ${t} was expected`;
      return `returning ${f} from a function with return type ${t} ${makes}`;
  }
}

/** The gcc option that controls each warning, shown as gcc shows it. */
const OPTION: Partial<Record<Problem, string>> = {
  'incompatible-pointer': '-Wincompatible-pointer-types', 'pointer-from-int': '-Wint-conversion',
  'int-from-pointer': '-Wint-conversion', 'discards': '-Wdiscarded-qualifiers',
};

function report(ctx: Sema, e: TExpr, how: AssignContext, problem: Problem, to: CType, qualifier = ''): void {
  const option = OPTION[problem];
  const text = message(how, problem, to, e.type, qualifier) + (option ? ` [${option}]` : '');
  const notes = how.kind === 'argument' && problem !== 'discards'
    ? [{ message: `expected ${quoted(to)} but argument is of type ${quoted(e.type)}`, span: undefined }] : undefined;
  if (problem === 'incompatible') ctx.error(e.span, text, notes);
  else ctx.warn(e.span, text, notes);
}

/** A qualifier of the source's pointee that the target's pointee lacks (6.5.16.1p1, third bullet). */
function droppedQualifier(to: CType, from: CType): string | undefined {
  if (from.q?.const && !to.q?.const) return 'const';
  if (from.q?.volatile && !to.q?.volatile) return 'volatile';
  return undefined;
}

/**
 * Convert the value `e` to `target` as if by assignment (C17 6.5.16.1p1-2).
 * gcc 12 makes int/pointer mixes, incompatible pointers and dropped
 * qualifiers warnings, so do we; anything else is an error.
 */
export function assignConvert(ctx: Sema, e: TExpr, target: CType, how: AssignContext): TExpr {
  const to = unqualified(target);
  const from = e.type;
  if (ctx.isPoison(e)) return ctx.poison(e.span, to);
  if (from.kind === 'void') {
    ctx.error(e.span, 'void value not ignored as it ought to be');
    return ctx.poison(e.span, to);
  }
  if (isArithmetic(to) && isArithmetic(from)) return convert(ctx, e, to, true);
  if (to.kind === 'int' && to.ik === 'bool' && from.kind === 'pointer') return convert(ctx, e, to, true);
  if (to.kind === 'record') {
    if (from.kind === 'record' && from.rec === to.rec) return e;
  } else if (to.kind === 'pointer') {
    if (isNullPointerConstant(e)) return convert(ctx, e, to, true);
    if (from.kind === 'pointer') {
      const tp = to.to, fp = from.to;
      const voidSide = tp.kind === 'void' || fp.kind === 'void';
      if (!voidSide && !compatible(unqualified(tp), unqualified(fp))) report(ctx, e, how, 'incompatible-pointer', to);
      else {
        const q = droppedQualifier(tp, fp);
        if (q) report(ctx, e, how, 'discards', to, q);
      }
      return convert(ctx, e, to, true);
    }
    if (isInteger(from)) {
      report(ctx, e, how, 'pointer-from-int', to);
      return convert(ctx, e, to, true);
    }
  } else if (isInteger(to) && from.kind === 'pointer') {
    report(ctx, e, how, 'int-from-pointer', to);
    return convert(ctx, e, to, true);
  }
  report(ctx, e, how, 'incompatible', to);
  return ctx.poison(e.span, to);
}

