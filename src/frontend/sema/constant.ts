/**
 * Constants and constant expressions (C17 6.4.4.1, 6.6).
 *
 * - The type of an integer constant from its value, suffix and base (6.4.4.1p5).
 * - Evaluation of integer constant expressions over the typed AST with C's
 *   exact semantics: arithmetic in the operation's type, unsigned wrapping,
 *   truncating division; signed overflow, division by zero and bad shift
 *   counts are reported rather than folded away.
 * - Folding while expressions are built: an operator whose operands are all
 *   constants becomes an `intConst` when its value is exact, so array sizes,
 *   case labels and enumerators are plain constants. An operation that would
 *   be undefined (say `INT_MAX + 1`) is left alone: at run time the machine
 *   reports it where it happens.
 * - The check that a static initializer is a constant (6.6p7-9): arithmetic
 *   constants, null pointers and address constants.
 *
 * Invariant: `evalInteger` never throws; anything it cannot evaluate is
 * "not constant" (undefined).
 */
import type { CType, IntKind } from '../ctypes.js';
import { intRange, intSigned, intSize, isInteger } from '../ctypes.js';
import type { TExpr } from '../typed-ast.js';

// ---- integer constants (6.4.4.1p5) ---------------------------------------------

const DECIMAL: Record<0 | 1 | 2, IntKind[]> = { 0: ['int', 'long', 'llong'], 1: ['long', 'llong'], 2: ['llong'] };
const OCTAL_HEX: Record<0 | 1 | 2, IntKind[]> = {
  0: ['int', 'uint', 'long', 'ulong', 'llong', 'ullong'], 1: ['long', 'ulong', 'llong', 'ullong'], 2: ['llong', 'ullong'],
};
const UNSIGNED: Record<0 | 1 | 2, IntKind[]> = { 0: ['uint', 'ulong', 'ullong'], 1: ['ulong', 'ullong'], 2: ['ullong'] };

/**
 * The first type of the constant's list that can represent it. A decimal
 * constant too large for `long long` becomes `unsigned long long` as gcc does
 * (`tooLargeSigned`); one too large for every type has no type.
 */
export function integerConstantKind(value: bigint, unsigned: boolean, longs: 0 | 1 | 2, decimal: boolean):
  { kind: IntKind; tooLargeSigned: boolean } | undefined {
  const list = unsigned ? UNSIGNED[longs] : decimal ? DECIMAL[longs] : OCTAL_HEX[longs];
  for (let i = 0; i < list.length; i++) if (value <= intRange(list[i]!).max) return { kind: list[i]!, tooLargeSigned: false };
  if (value <= intRange('ullong').max) return { kind: 'ullong', tooLargeSigned: true };
  return undefined;
}

// ---- evaluation -----------------------------------------------------------------------

/** The value of an integer constant expression, or why it has none. */
export type IntValue =
  | { readonly ok: true; readonly value: bigint; readonly overflow: boolean }
  | { readonly ok: false; readonly reason: 'not constant' | 'division by zero' | 'invalid shift' };

const NOT_CONSTANT: IntValue = { ok: false, reason: 'not constant' };

function ok(value: bigint, overflow = false): IntValue {
  return { ok: true, value, overflow };
}

/** Wrap `v` into the integer type `t` (6.3.1.3: modulo for unsigned, two's complement as gcc defines it for signed). */
export function wrapTo(t: CType, v: bigint): bigint {
  if (t.kind !== 'int') return v;
  if (t.ik === 'bool') return v !== 0n ? 1n : 0n;
  const bits = intSize(t.ik) * 8;
  return intSigned(t.ik) ? BigInt.asIntN(bits, v) : BigInt.asUintN(bits, v);
}

function fits(t: CType, v: bigint): boolean {
  if (t.kind !== 'int') return true;
  const { min, max } = intRange(t.ik);
  return v >= min && v <= max;
}

/** Evaluate an integer constant expression built by sema (already typed and converted). */
export function evalInteger(e: TExpr): IntValue {
  switch (e.k) {
    case 'intConst': return ok(e.value);
    case 'convert': return evalConvert(e);
    case 'binary': return evalBinary(e);
    case 'unary': return evalUnary(e);
    case 'compare': {
      const a = evalInteger(e.left), b = evalInteger(e.right);
      if (!a.ok) return a;
      if (!b.ok) return b;
      const x = a.value, y = b.value;
      const r = { '<': x < y, '>': x > y, '<=': x <= y, '>=': x >= y, '==': x === y, '!=': x !== y }[e.op];
      return ok(r ? 1n : 0n, a.overflow || b.overflow);
    }
    case 'logical': {
      const a = evalInteger(e.left);
      if (!a.ok) return a;
      const decided = e.op === '&&' ? a.value === 0n : a.value !== 0n;
      const b = evalInteger(e.right);
      if (decided) return b.ok || b.reason !== 'not constant' ? ok(e.op === '||' ? 1n : 0n, a.overflow) : b;
      if (!b.ok) return b;
      return ok(b.value !== 0n ? 1n : 0n, a.overflow || b.overflow);
    }
    case 'conditional': {
      const c = evalInteger(e.cond);
      if (!c.ok) return c;
      const [taken, other] = c.value !== 0n ? [e.then, e.else] : [e.else, e.then];
      const o = evalInteger(other);
      if (!o.ok && o.reason === 'not constant') return o;
      return evalInteger(taken);
    }
    default: return NOT_CONSTANT;
  }
}

function evalConvert(e: Extract<TExpr, { k: 'convert' }>): IntValue {
  if (!isInteger(e.type)) return NOT_CONSTANT;
  const op = e.operand;
  if (op.k === 'floatConst') {
    // 6.3.1.4p1: the integral part must be representable; otherwise there is no value.
    if (!Number.isFinite(op.value)) return NOT_CONSTANT;
    const v = BigInt(Math.trunc(op.value));
    return fits(e.type, v) ? ok(v) : NOT_CONSTANT;
  }
  if (op.type.kind === 'pointer') {
    const offset = nullBasedAddress(op);
    return offset === undefined ? NOT_CONSTANT : ok(wrapTo(e.type, offset));
  }
  const v = evalInteger(op);
  return v.ok ? ok(wrapTo(e.type, v.value), v.overflow) : v;
}

/**
 * `&((T *)0)->m` and friends: an address computed from a null pointer
 * constant, which the classic `offsetof` macro converts to an integer. gcc
 * folds it; so do we, to its byte offset.
 */
function nullBasedAddress(e: TExpr): bigint | undefined {
  switch (e.k) {
    case 'nullPtr': return 0n;
    case 'convert': {
      if (e.operand.type.kind === 'pointer') return nullBasedAddress(e.operand);
      const v = evalInteger(e.operand);
      return v.ok ? v.value : undefined;
    }
    case 'addrOf': return lvalueOffset(e.lvalue);
    case 'decay': return lvalueOffset(e.lvalue);
    case 'ptrAdd': {
      const base = nullBasedAddress(e.ptr);
      const i = evalInteger(e.index);
      return base === undefined || !i.ok ? undefined : base + i.value * BigInt(e.elemSize);
    }
    default: return undefined;
  }
}

function lvalueOffset(lv: TExpr): bigint | undefined {
  if (lv.k === 'deref') return nullBasedAddress(lv.ptr);
  if (lv.k === 'member') {
    const base = lvalueOffset(lv.object);
    return base === undefined ? undefined : base + BigInt(lv.member.offset);
  }
  return undefined;
}

function evalBinary(e: Extract<TExpr, { k: 'binary' }>): IntValue {
  if (!isInteger(e.type)) return NOT_CONSTANT;
  const a = evalInteger(e.left), b = evalInteger(e.right);
  if (!a.ok) return a;
  if (!b.ok) return b;
  const x = a.value, y = b.value;
  const carried = a.overflow || b.overflow;
  const signed = intSigned((e.type as { ik: IntKind }).ik);
  let r: bigint;
  switch (e.op) {
    case '+': r = x + y; break;
    case '-': r = x - y; break;
    case '*': r = x * y; break;
    case '/': case '%':
      // 6.5.5p5: division by zero is undefined.
      if (y === 0n) return { ok: false, reason: 'division by zero' };
      r = e.op === '/' ? x / y : x % y; // BigInt truncates toward zero, as C does (6.5.5p6)
      break;
    case '<<': case '>>': {
      // 6.5.7p3: a negative count or one not less than the width is undefined.
      const width = BigInt(bitWidth(e.type));
      if (y < 0n || y >= width) return { ok: false, reason: 'invalid shift' };
      if (e.op === '>>') return ok(x >> y, carried);
      // 6.5.7p4: a signed E1 must be non-negative and E1 * 2^E2 representable.
      r = x << y;
      if (signed && (x < 0n || !fits(e.type, r))) return ok(wrapTo(e.type, r), true);
      return ok(wrapTo(e.type, r), carried);
    }
    case '&': r = x & y; break;
    case '|': r = x | y; break;
    case '^': r = x ^ y; break;
  }
  if (!signed) return ok(wrapTo(e.type, r), carried);
  return fits(e.type, r) ? ok(r, carried) : ok(wrapTo(e.type, r), true); // 6.5p5: signed overflow
}

function bitWidth(t: CType): number {
  return t.kind === 'int' ? intSize(t.ik) * 8 : 64;
}

function evalUnary(e: Extract<TExpr, { k: 'unary' }>): IntValue {
  if (e.op === '!') {
    if (e.operand.k === 'nullPtr') return ok(1n);
    if (e.operand.k === 'floatConst') return ok(e.operand.value === 0 ? 1n : 0n);
    const v = evalInteger(e.operand);
    return v.ok ? ok(v.value === 0n ? 1n : 0n, v.overflow) : v;
  }
  if (!isInteger(e.type)) return NOT_CONSTANT;
  const v = evalInteger(e.operand);
  if (!v.ok) return v;
  const r = e.op === '-' ? -v.value : ~v.value;
  if (fits(e.type, r)) return ok(r, v.overflow);
  const signed = intSigned((e.type as { ik: IntKind }).ik);
  return ok(wrapTo(e.type, r), v.overflow || (signed && e.op === '-'));
}

// ---- folding ----------------------------------------------------------------------------

function isConst(e: TExpr): boolean {
  return e.k === 'intConst';
}

/**
 * Replace an integer operator whose operands are all constants by its value,
 * when that value is exact (no overflow, no division by zero): the
 * expression then is the constant it denotes (6.6p6).
 */
export function foldInteger(e: TExpr): TExpr {
  if (!isInteger(e.type)) return e;
  let operands: TExpr[];
  switch (e.k) {
    case 'binary': case 'compare': case 'logical': operands = [e.left, e.right]; break;
    case 'unary': operands = [e.operand]; break;
    case 'conditional': operands = [e.cond, e.then, e.else]; break;
    default: return e;
  }
  if (!operands.every(isConst)) return e;
  const v = evalInteger(e);
  if (!v.ok || v.overflow) return e;
  return { k: 'intConst', value: v.value, type: e.type, span: e.span };
}

// ---- static initializers (6.6p7-9) -------------------------------------------------------

/** An arithmetic constant expression (6.6p8), including integer ones. */
function arithmeticConstant(e: TExpr): boolean {
  switch (e.k) {
    case 'intConst': case 'floatConst': return true;
    case 'convert':
      if (e.operand.type.kind === 'pointer') return e.operand.k === 'nullPtr';
      return arithmeticConstant(e.operand);
    case 'binary': case 'compare': case 'logical': return arithmeticConstant(e.left) && arithmeticConstant(e.right);
    case 'unary': return arithmeticConstant(e.operand);
    case 'conditional': return arithmeticConstant(e.cond) && arithmeticConstant(e.then) && arithmeticConstant(e.else);
    default: return false;
  }
}

/** An address constant (6.6p9): a null pointer or the address of a static object or function, plus an offset. */
function addressConstant(e: TExpr): boolean {
  switch (e.k) {
    case 'nullPtr': return true;
    case 'convert':
      if (e.type.kind !== 'pointer') return false;
      return e.operand.type.kind === 'pointer' ? addressConstant(e.operand) : arithmeticConstant(e.operand);
    case 'addrOf': case 'decay': return staticLvalue(e.lvalue);
    case 'ptrAdd': return addressConstant(e.ptr) && arithmeticConstant(e.index);
    case 'conditional': return arithmeticConstant(e.cond) && addressConstant(e.then) && addressConstant(e.else);
    default: return false;
  }
}

/** An lvalue designating an object with static storage duration, or a function. */
function staticLvalue(lv: TExpr): boolean {
  switch (lv.k) {
    case 'var': return lv.sym.storage === 'global' || lv.sym.storage === 'function';
    case 'string': return true;
    case 'compoundLiteral': return lv.sym.storage === 'global';
    case 'member': return staticLvalue(lv.object);
    case 'deref': return addressConstant(lv.ptr);
    default: return false;
  }
}

/**
 * Whether `e` may initialize an object with static storage (6.7.9p4): an
 * arithmetic constant, an address constant, or an address constant
 * converted to a pointer-sized integer (gcc accepts `(long)&x`).
 */
export function isStaticInitializer(e: TExpr): boolean {
  if (arithmeticConstant(e) || addressConstant(e)) return true;
  return e.k === 'convert' && e.type.kind === 'int' && (e.type.ik === 'long' || e.type.ik === 'ulong' ||
    e.type.ik === 'llong' || e.type.ik === 'ullong') && addressConstant(e.operand);
}
