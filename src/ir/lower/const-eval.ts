/**
 * Evaluation of the constant expressions in static initializers (C17 6.6):
 * arithmetic constants computed with C's semantics for their type, and
 * address constants as a target (a global or a function) plus a byte addend.
 *
 * Sema folds integer constant expressions and checks that every static
 * initializer is constant; this evaluator still handles the operators that
 * may remain (floating arithmetic such as `1.0 / 3`, casts, `?:`) so that
 * lowering never needs run-time code for a global.
 *
 * Deliberately not here: anything not constant (a load, a call, an
 * assignment) is an 'unsupported' error at the expression.
 */
import type { CType } from '../../frontend/ctypes.js';
import type { TExpr } from '../../frontend/typed-ast.js';
import type { GlobalId } from '../ir.js';
import { isFloatKind, isSignedKind, scalarSize } from '../ir.js';
import { isBoolType, scalarKindOf } from '../kinds.js';
import type { ModuleContext } from './module-context.js';
import { unsupported } from './errors.js';
import { defineStaticObject } from './static-init.js';

export type AddrTarget = { readonly k: 'global'; readonly id: GlobalId } | { readonly k: 'func'; readonly name: string };

export type ConstValue =
  | { readonly k: 'int'; readonly value: bigint }
  | { readonly k: 'float'; readonly value: number }
  /** An address constant; `target` undefined is an integer used as an address (null when addend is 0). */
  | { readonly k: 'addr'; readonly target: AddrTarget | undefined; readonly addend: number };

type ExprOf<K extends TExpr['k']> = Extract<TExpr, { k: K }>;

function notConstant(e: TExpr): never {
  return unsupported(e.span, 'initializer element is not constant');
}

export function evalConst(ctx: ModuleContext, e: TExpr): ConstValue {
  switch (e.k) {
    case 'intConst': return { k: 'int', value: e.value };
    case 'floatConst': return { k: 'float', value: e.value };
    case 'nullPtr': return { k: 'addr', target: undefined, addend: 0 };
    case 'convert': return convertConst(evalConst(ctx, e.operand), e.type, e);
    case 'addrOf': case 'decay': return addressConst(ctx, e.lvalue);
    case 'ptrAdd': {
      const base = evalConst(ctx, e.ptr);
      const index = asInt(evalConst(ctx, e.index), e);
      if (base.k !== 'addr') return notConstant(e);
      return { k: 'addr', target: base.target, addend: base.addend + Number(index) * e.elemSize };
    }
    case 'binary': return binaryConst(ctx, e);
    case 'unary': return unaryConst(ctx, e);
    case 'compare': return compareConst(ctx, e);
    case 'logical': {
      const left = truth(evalConst(ctx, e.left));
      if (e.op === '&&' ? !left : left) return { k: 'int', value: left ? 1n : 0n };
      return { k: 'int', value: truth(evalConst(ctx, e.right)) ? 1n : 0n };
    }
    case 'conditional': return evalConst(ctx, truth(evalConst(ctx, e.cond)) ? e.then : e.else);
    case 'comma': return evalConst(ctx, e.right);
    default: return notConstant(e);
  }
}

/** The address of a static lvalue (C17 6.6p9). */
function addressConst(ctx: ModuleContext, lv: TExpr): ConstValue {
  switch (lv.k) {
    case 'var':
      if (lv.sym.storage === 'function') return { k: 'addr', target: { k: 'func', name: ctx.functionName(lv.sym) }, addend: 0 };
      if (lv.sym.storage === 'global') return { k: 'addr', target: { k: 'global', id: ctx.globalOf(lv.sym) }, addend: 0 };
      return notConstant(lv);
    case 'string': return { k: 'addr', target: { k: 'global', id: ctx.stringLiteral(lv, lv.bytes, lv.type, lv.span) }, addend: 0 };
    case 'compoundLiteral':
      if (lv.sym.storage !== 'global') return notConstant(lv);
      return { k: 'addr', target: { k: 'global', id: defineStaticObject(ctx, lv.sym, lv.init, lv.span) }, addend: 0 };
    case 'member': {
      const base = addressConst(ctx, lv.object);
      return base.k === 'addr' ? { ...base, addend: base.addend + lv.member.offset } : notConstant(lv);
    }
    case 'deref': return evalConst(ctx, lv.ptr);
    default: return notConstant(lv);
  }
}

function asInt(c: ConstValue, e: TExpr): bigint {
  if (c.k === 'int') return c.value;
  if (c.k === 'addr' && c.target === undefined) return BigInt(c.addend);
  return notConstant(e);
}

function truth(c: ConstValue): boolean {
  switch (c.k) {
    case 'int': return c.value !== 0n;
    case 'float': return c.value !== 0;
    case 'addr': return c.target !== undefined || c.addend !== 0;
  }
}

function wrap(t: CType, v: bigint): bigint {
  const kind = scalarKindOf(t);
  const bits = scalarSize(kind) * 8;
  return isSignedKind(kind) ? BigInt.asIntN(bits, v) : BigInt.asUintN(bits, v);
}

/** C17 6.3: the conversions a constant may undergo. */
function convertConst(c: ConstValue, to: CType, e: ExprOf<'convert'>): ConstValue {
  if (isBoolType(to)) return { k: 'int', value: truth(c) ? 1n : 0n };
  const kind = scalarKindOf(to);
  if (kind === 'ptr') {
    if (c.k === 'float') return notConstant(e);
    return c.k === 'int' ? { k: 'addr', target: undefined, addend: Number(BigInt.asIntN(64, c.value)) } : c;
  }
  if (isFloatKind(kind)) {
    if (c.k === 'addr') return notConstant(e);
    const v = Number(c.value);
    return { k: 'float', value: kind === 'f32' ? Math.fround(v) : v };
  }
  switch (c.k) {
    case 'int': return { k: 'int', value: wrap(to, c.value) };
    case 'float': {
      // 6.3.1.4p1: the integral part must be representable.
      if (!Number.isFinite(c.value)) return unsupported(e.span, 'overflow in conversion of a constant to an integer type');
      const v = BigInt(Math.trunc(c.value));
      if (wrap(to, v) !== v) return unsupported(e.span, 'overflow in conversion of a constant to an integer type');
      return { k: 'int', value: v };
    }
    case 'addr': return c.target === undefined ? { k: 'int', value: wrap(to, BigInt(c.addend)) } : c;
  }
}

function binaryConst(ctx: ModuleContext, e: ExprOf<'binary'>): ConstValue {
  const a = evalConst(ctx, e.left);
  const b = evalConst(ctx, e.right);
  if (a.k === 'float' || b.k === 'float') {
    const x = Number(a.k === 'float' ? a.value : asInt(a, e));
    const y = Number(b.k === 'float' ? b.value : asInt(b, e));
    const ops: Partial<Record<string, number>> = { '+': x + y, '-': x - y, '*': x * y, '/': x / y };
    const r = ops[e.op];
    if (r === undefined) return notConstant(e);
    return { k: 'float', value: scalarKindOf(e.type) === 'f32' ? Math.fround(r) : r };
  }
  const x = asInt(a, e);
  const y = asInt(b, e);
  const r = intOp(e.op, x, y);
  return r === undefined ? notConstant(e) : { k: 'int', value: wrap(e.type, r) };
}

function intOp(op: ExprOf<'binary'>['op'], x: bigint, y: bigint): bigint | undefined {
  switch (op) {
    case '+': return x + y;
    case '-': return x - y;
    case '*': return x * y;
    case '/': return y === 0n ? undefined : x / y;
    case '%': return y === 0n ? undefined : x % y;
    case '<<': return y < 0n || y > 63n ? undefined : x << y;
    case '>>': return y < 0n || y > 63n ? undefined : x >> y;
    case '&': return x & y;
    case '|': return x | y;
    case '^': return x ^ y;
  }
}

function unaryConst(ctx: ModuleContext, e: ExprOf<'unary'>): ConstValue {
  const a = evalConst(ctx, e.operand);
  if (e.op === '!') return { k: 'int', value: truth(a) ? 0n : 1n };
  if (a.k === 'float') return e.op === '-' ? { k: 'float', value: -a.value } : notConstant(e);
  const x = asInt(a, e);
  return { k: 'int', value: wrap(e.type, e.op === '-' ? -x : ~x) };
}

function compareConst(ctx: ModuleContext, e: ExprOf<'compare'>): ConstValue {
  const a = evalConst(ctx, e.left);
  const b = evalConst(ctx, e.right);
  if (a.k === 'addr' || b.k === 'addr') return notConstant(e);
  const x = a.value, y = b.value;
  const r = { '<': x < y, '>': x > y, '<=': x <= y, '>=': x >= y, '==': x == y, '!=': x != y }[e.op]; // eslint-disable-line eqeqeq
  return { k: 'int', value: r ? 1n : 0n };
}
