/**
 * JS text for IR operators: arithmetic with its UB checks, comparisons and
 * conversions, per scalar kind.
 *
 * Values in generated code: 8-, 16- and 32-bit integers are JS numbers
 * normalised to their C range (int32 for signed, non-negative for unsigned);
 * 64-bit integers are canonical Int64 (int64.ts); `double` is a number and
 * `float` a number rounded with Math.fround. Pointers are two variables and
 * never reach this file except through `toBool`/casts (address part).
 *
 * Every function returns statements that leave the result in `dst`. Operands
 * are side-effect free JS expressions (locals or literals), so they may be
 * repeated, e.g. in the arguments of an error report. Checks call prelude
 * helpers (see module.ts) that throw.
 */
import type { BinOp, ScalarKind } from '../../ir/ir.js';
import { isFloatKind, is64, isSignedKind } from '../../ir/ir.js';

/** Operator spellings passed to the overflow reporter (for the message). */
const C_OP: Record<BinOp, string> = {
  add: '+', sub: '-', mul: '*', div: '/', rem: '%', shl: '<<', shr: '>>', and: '&', or: '|', xor: '^',
  eq: '==', ne: '!=', lt: '<', le: '<=', gt: '>', ge: '>=',
};

const JS_CMP: Partial<Record<BinOp, string>> = { eq: '===', ne: '!==', lt: '<', le: '<=', gt: '>', ge: '>=' };

/** Kind code passed to runtime helpers so they can name the C type in messages. */
export const KIND_CODE: Record<ScalarKind, number> = {
  i8: 0, u8: 1, i16: 2, u16: 3, i32: 4, u32: 5, i64: 6, u64: 7, f32: 8, f64: 9, ptr: 10,
};

export function isComparison(op: BinOp): boolean {
  return JS_CMP[op] !== undefined;
}

/** `dst = a op b` for operands of `kind` (shift amount of `bKind`). */
export function binary(dst: string, op: BinOp, kind: ScalarKind, a: string, b: string, bKind: ScalarKind, check: boolean, site: number): string {
  const cmp = JS_CMP[op];
  if (cmp) return `${dst} = (${a} ${cmp} ${b}) ? 1 : 0;`;
  if (isFloatKind(kind)) return floatBinary(dst, op, kind, a, b);
  if (is64(kind)) return binary64(dst, op, kind, a, b, bKind, check, site);
  if (isSignedKind(kind)) return narrowTo(dst, kind, signed32(op, kind, a, b, bKind, check, site));
  return narrowTo(dst, kind, unsigned32(op, kind, a, b, bKind, check, site));
}

/** Statements computing an int32 result in `t` (the caller narrows it into dst). */
function signed32(op: BinOp, kind: ScalarKind, a: string, b: string, bKind: ScalarKind, check: boolean, site: number): string {
  const k = KIND_CODE[kind];
  const ovf = `OVF(${site}, "${C_OP[op]}", ${k}, ${a}, ${b});`;
  switch (op) {
    // C17 6.5p5: a result outside the type's range is undefined.
    case 'add': return check ? `t = ${a} + ${b}; if (t > 2147483647 || t < -2147483648) ${ovf}` : `t = (${a} + ${b}) | 0;`;
    case 'sub': return check ? `t = ${a} - ${b}; if (t > 2147483647 || t < -2147483648) ${ovf}` : `t = (${a} - ${b}) | 0;`;
    case 'mul': return check ? `t = ${a} * ${b}; if (t > 2147483647 || t < -2147483648) ${ovf} t = t | 0;` : `t = Math.imul(${a}, ${b});`;
    // C17 6.5.5p5-6: division by zero, and a quotient that is not representable (INT_MIN / -1).
    case 'div': return `if (${b} === 0) DIV0(${site}, "/", ${k}); if (${b} === -1 && ${a} === -2147483648) ${ovf} t = (${a} / ${b}) | 0;`;
    case 'rem': return `if (${b} === 0) DIV0(${site}, "%", ${k}); if (${b} === -1 && ${a} === -2147483648) ${ovf} t = (${a} % ${b}) | 0;`;
    case 'shl': return `${shiftAmount(b, bKind, 32, a, k, site)} if (${a} < 0) SHNEG(${site}, ${k}, ${a}, sh); if (${a} * Math.pow(2, sh) > 2147483647) SHOVF(${site}, ${k}, ${a}, sh); t = ${a} << sh;`;
    case 'shr': return `${shiftAmount(b, bKind, 32, a, k, site)} t = ${a} >> sh;`;
    case 'and': return `t = ${a} & ${b};`;
    case 'or': return `t = ${a} | ${b};`;
    case 'xor': return `t = ${a} ^ ${b};`;
    default: throw new Error(`signed32: ${op}`);
  }
}

function unsigned32(op: BinOp, kind: ScalarKind, a: string, b: string, bKind: ScalarKind, check: boolean, site: number): string {
  const k = KIND_CODE[kind];
  switch (op) {
    // C17 6.2.5p9: unsigned arithmetic wraps.
    case 'add': return `t = (${a} + ${b}) >>> 0;`;
    case 'sub': return `t = (${a} - ${b}) >>> 0;`;
    case 'mul': return `t = Math.imul(${a}, ${b}) >>> 0;`;
    case 'div': return `if (${b} === 0) DIV0(${site}, "/", ${k}); t = (${a} / ${b}) >>> 0;`;
    case 'rem': return `if (${b} === 0) DIV0(${site}, "%", ${k}); t = ${a} % ${b};`;
    case 'shl': return `${shiftAmount(b, bKind, 32, a, k, site)} t = (${a} << sh) >>> 0;`;
    case 'shr': return `${shiftAmount(b, bKind, 32, a, k, site)} t = ${a} >>> sh;`;
    case 'and': return `t = (${a} & ${b}) >>> 0;`;
    case 'or': return `t = (${a} | ${b}) >>> 0;`;
    case 'xor': return `t = (${a} ^ ${b}) >>> 0;`;
    default: throw new Error(`unsigned32: ${op} ${check}`);
  }
}

/** C17 6.5.7p3: the shift amount must be in [0, width). Leaves it in `sh`. */
function shiftAmount(b: string, bKind: ScalarKind, width: number, a: string, k: number, site: number): string {
  const n = is64(bKind) ? `Number(${b})` : b;
  return `sh = ${n}; if (sh < 0 || sh >= ${width}) SHAMT(${site}, ${k}, ${a}, sh);`;
}

function binary64(dst: string, op: BinOp, kind: ScalarKind, a: string, b: string, bKind: ScalarKind, check: boolean, site: number): string {
  const signed = kind === 'i64';
  const k = KIND_CODE[kind];
  const divCheck = `if (${b} === 0) DIV0(${site}, "${C_OP[op]}", ${k});`;
  if (signed && !check && (op === 'add' || op === 'sub' || op === 'mul')) {
    return `${dst} = U2I64(${op.toUpperCase()}U64(I2U64(${a}), I2U64(${b})));`;
  }
  switch (op) {
    case 'add': return signed ? `${dst} = ADDI64(${a}, ${b}, ${site}, OVF64);` : `${dst} = ADDU64(${a}, ${b});`;
    case 'sub': return signed ? `${dst} = SUBI64(${a}, ${b}, ${site}, OVF64);` : `${dst} = SUBU64(${a}, ${b});`;
    case 'mul': return signed ? `${dst} = MULI64(${a}, ${b}, ${site}, OVF64);` : `${dst} = MULU64(${a}, ${b});`;
    case 'div': return `${divCheck} ${dst} = ${signed ? `DIVI64(${a}, ${b}, ${site}, OVF64)` : `DIVU64(${a}, ${b})`};`;
    case 'rem': return `${divCheck} ${dst} = ${signed ? `REMI64(${a}, ${b}, ${site}, OVF64)` : `REMU64(${a}, ${b})`};`;
    case 'shl': return `${shiftAmount(b, bKind, 64, a, k, site)} ${signed ? `if (${a} < 0) SHNEG(${site}, ${k}, ${a}, sh); ` : ''}${dst} = SHLI64(${a}, sh, ${signed}, ${site}, SHOVF64);`;
    case 'shr': return `${shiftAmount(b, bKind, 64, a, k, site)} ${dst} = SHRI64(${a}, sh);`;
    case 'and': return `${dst} = BITI64("&", ${a}, ${b}, ${signed});`;
    case 'or': return `${dst} = BITI64("|", ${a}, ${b}, ${signed});`;
    case 'xor': return `${dst} = BITI64("^", ${a}, ${b}, ${signed});`;
    default: throw new Error(`binary64: ${op}`);
  }
}

function floatBinary(dst: string, op: BinOp, kind: ScalarKind, a: string, b: string): string {
  const js: Partial<Record<BinOp, string>> = { add: '+', sub: '-', mul: '*', div: '/' };
  const o = js[op];
  if (!o) throw new Error(`floatBinary: ${op}`);
  const e = `${a} ${o} ${b}`;
  return `${dst} = ${kind === 'f32' ? `Math.fround(${e})` : e};`;
}

/** Narrow the int32 value in `t` to a sub-int kind (only reached for i8..u16 operands). */
function narrowTo(dst: string, kind: ScalarKind, stmts: string): string {
  switch (kind) {
    case 'i8': return `${stmts} ${dst} = (t << 24) >> 24;`;
    case 'u8': return `${stmts} ${dst} = t & 255;`;
    case 'i16': return `${stmts} ${dst} = (t << 16) >> 16;`;
    case 'u16': return `${stmts} ${dst} = t & 65535;`;
    default: return `${stmts} ${dst} = t;`;
  }
}

/** `dst = op a` */
export function unary(dst: string, op: 'neg' | 'bitnot' | 'not', kind: ScalarKind, a: string, check: boolean, site: number): string {
  const k = KIND_CODE[kind];
  if (op === 'not') return `${dst} = (${a} === 0) ? 1 : 0;`;
  if (isFloatKind(kind)) {
    if (op === 'neg') return `${dst} = -${a};`;
    throw new Error('bitwise not on floating value');
  }
  if (is64(kind)) {
    const signed = kind === 'i64';
    if (op === 'bitnot') return `${dst} = NOTI64(${a}, ${signed});`;
    return signed ? (check ? `${dst} = NEGI64(${a}, ${site}, OVF64);` : `${dst} = U2I64(NEGU64(I2U64(${a})));`) : `${dst} = NEGU64(${a});`;
  }
  if (op === 'bitnot') return isSignedKind(kind) ? `${dst} = ~${a};` : `${dst} = (~${a}) >>> 0;`;
  if (isSignedKind(kind)) {
    return check ? `if (${a} === -2147483648) OVF(${site}, "-", ${k}, ${a}, undefined); ${dst} = (0 - ${a}) | 0;` : `${dst} = (0 - ${a}) | 0;`;
  }
  return `${dst} = (0 - ${a}) >>> 0;`;
}

/** Convert an integer value of kind `from` (not ptr) to integer kind `to`. */
export function intToInt(from: ScalarKind, to: ScalarKind, a: string): string {
  if (from === to) return a;
  const from64 = is64(from);
  const as32 = from64 ? `TOI32(${a})` : a;
  switch (to) {
    case 'i8': return `((${as32} << 24) >> 24)`;
    case 'u8': return `(${as32} & 255)`;
    case 'i16': return `((${as32} << 16) >> 16)`;
    case 'u16': return `(${as32} & 65535)`;
    case 'i32': return from64 ? `TOI32(${a})` : from === 'u32' ? `(${a} | 0)` : a;
    case 'u32': return from64 ? `TOU32(${a})` : isSignedKind(from) ? `(${a} >>> 0)` : a;
    case 'i64': return from === 'u64' ? `U2I64(${a})` : a;
    case 'u64': return isSignedKind(from) ? `I2U64(${a})` : a;
    default: throw new Error(`intToInt to ${to}`);
  }
}

/** Conversion of a non-pointer scalar (C17 6.3.1). Floating-to-integer is range-checked (6.3.1.4p1). */
export function convert(from: ScalarKind, to: ScalarKind, a: string, site: number): string {
  if (from === to) return a;
  if (isFloatKind(from)) {
    if (to === 'f32') return `Math.fround(${a})`;
    if (to === 'f64') return a;
    return `FTOI(${a}, ${KIND_CODE[to]}, ${site})`;
  }
  if (isFloatKind(to)) {
    const d = is64(from) ? `Number(${a})` : a;
    return to === 'f32' ? `Math.fround(${d})` : d;
  }
  return intToInt(from, to, a);
}

/** Nonzero test for a value of `kind` (pointers: pass the address). */
export function truthy(a: string): string {
  return `(${a} !== 0)`;
}
