/**
 * GNU builtins and predefined names that sema knows about.
 *
 * - `__builtin_va_list`: a typedef for gcc's `struct __va_list_tag[1]`
 *   (24 bytes, as on x86-64); the va_* builtins are in stdarg.ts.
 * - `__builtin_expect(e, c)` is `e` converted to long; `__builtin_offsetof`
 *   is an integer constant.
 * - A few builtins with the prototype gcc gives them (several are aliases of
 *   a libc function, and link to it); any other `__builtin_*` call is an
 *   implicit `int f()` declaration without the warning.
 * - An undeclared function called is declared implicitly as `int f()` at
 *   file scope, with gcc 12's warning (C90 6.3.2.2; gone from C99, kept by gcc).
 * - `__func__` (6.4.2.2): a `static const char[]` holding the function's name.
 *
 * Deliberately not here: what the builtins do at run time (shims).
 *
 * Invariant: every builtin call either yields a typed expression or is
 * reported.
 */
import type { Expr } from '../ast.js';
import type { CType } from '../ctypes.js';
import {
  CHAR, DOUBLE, FLOAT, INT, LONG, LLONG, UINT, ULONG, ULLONG, USHORT, VOID, arrayOf, layoutRecord, pointerTo, sizeOf, withQualifiers,
} from '../ctypes.js';
import type { Span } from '../source.js';
import type { TExpr } from '../typed-ast.js';
import type { Sema } from './context.js';
import { convert } from './conversions.js';
import { declareFunction } from './declarations.js';
import { integerConstantExpression, stringLiteral, value } from './expressions.js';
import { typeName } from './declarators.js';
import { findMember } from './records.js';
import { gnuBuiltin } from './gnu-builtins.js';
import { vaBuiltin } from './stdarg.js';
import type { Scope } from './scope.js';
import { quoted, type FunctionType } from './types.js';

/** Declare the names every translation unit starts with. */
export function predeclare(ctx: Sema, scope: Scope): void {
  const tag = ctx.newRecord('__va_list_tag', false);
  const voidPtr = pointerTo(VOID);
  layoutRecord(tag, [
    { name: 'gp_offset', type: UINT }, { name: 'fp_offset', type: UINT },
    { name: 'overflow_arg_area', type: voidPtr }, { name: 'reg_save_area', type: voidPtr },
  ]);
  const span = { file: -1, line: 0, col: 0, endLine: 0, endCol: 0 };
  scope.ordinary.set('__builtin_va_list', { k: 'typedef', type: arrayOf({ kind: 'record', rec: tag }, 1), span });
}

function fn(ret: CType, ...params: CType[]): FunctionType {
  return { kind: 'function', ret, params, variadic: false, prototyped: true };
}

const CONST_VOID_PTR = pointerTo(withQualifiers(VOID, { const: true }));
const CONST_CHAR_PTR = pointerTo(withQualifiers(CHAR, { const: true }));
const VOID_PTR = pointerTo(VOID);

/** The bit-counting family: clz, ctz, popcount, parity on unsigned; ffs, clrsb on signed; l and ll forms. */
function bitBuiltins(): Record<string, { type: FunctionType }> {
  const out: Record<string, { type: FunctionType }> = {};
  for (const [suffix, u, s] of [['', UINT, INT], ['l', ULONG, LONG], ['ll', ULLONG, LLONG]] as const) {
    for (const name of ['clz', 'ctz', 'popcount', 'parity']) out[`__builtin_${name}${suffix}`] = { type: fn(INT, u) };
    for (const name of ['ffs', 'clrsb']) out[`__builtin_${name}${suffix}`] = { type: fn(INT, s) };
  }
  return out;
}

const CHAR_PTR = pointerTo(CHAR);

/** Builtins with a prototype; `alias` is the libc function a call links to. */
const KNOWN: Record<string, { type: FunctionType; alias?: string }> = {
  __builtin_abort: { type: fn(VOID), alias: 'abort' },
  __builtin_exit: { type: fn(VOID, INT), alias: 'exit' },
  __builtin_trap: { type: fn(VOID) },
  __builtin_unreachable: { type: fn(VOID) },
  __builtin_memcpy: { type: fn(VOID_PTR, VOID_PTR, CONST_VOID_PTR, ULONG), alias: 'memcpy' },
  __builtin_memmove: { type: fn(VOID_PTR, VOID_PTR, CONST_VOID_PTR, ULONG), alias: 'memmove' },
  __builtin_memset: { type: fn(VOID_PTR, VOID_PTR, INT, ULONG), alias: 'memset' },
  __builtin_memcmp: { type: fn(INT, CONST_VOID_PTR, CONST_VOID_PTR, ULONG), alias: 'memcmp' },
  __builtin_memchr: { type: fn(VOID_PTR, CONST_VOID_PTR, INT, ULONG), alias: 'memchr' },
  __builtin_strlen: { type: fn(ULONG, CONST_CHAR_PTR), alias: 'strlen' },
  __builtin_strcmp: { type: fn(INT, CONST_CHAR_PTR, CONST_CHAR_PTR), alias: 'strcmp' },
  __builtin_strncmp: { type: fn(INT, CONST_CHAR_PTR, CONST_CHAR_PTR, ULONG), alias: 'strncmp' },
  __builtin_strcpy: { type: fn(CHAR_PTR, CHAR_PTR, CONST_CHAR_PTR), alias: 'strcpy' },
  __builtin_strncpy: { type: fn(CHAR_PTR, CHAR_PTR, CONST_CHAR_PTR, ULONG), alias: 'strncpy' },
  __builtin_strcat: { type: fn(CHAR_PTR, CHAR_PTR, CONST_CHAR_PTR), alias: 'strcat' },
  __builtin_strchr: { type: fn(CHAR_PTR, CONST_CHAR_PTR, INT), alias: 'strchr' },
  __builtin_strrchr: { type: fn(CHAR_PTR, CONST_CHAR_PTR, INT), alias: 'strrchr' },
  __builtin_malloc: { type: fn(VOID_PTR, ULONG), alias: 'malloc' },
  __builtin_calloc: { type: fn(VOID_PTR, ULONG, ULONG), alias: 'calloc' },
  __builtin_realloc: { type: fn(VOID_PTR, VOID_PTR, ULONG), alias: 'realloc' },
  __builtin_free: { type: fn(VOID, VOID_PTR), alias: 'free' },
  __builtin_puts: { type: fn(INT, CONST_CHAR_PTR), alias: 'puts' },
  __builtin_putchar: { type: fn(INT, INT), alias: 'putchar' },
  __builtin_printf: { type: { ...fn(INT, CONST_CHAR_PTR), variadic: true }, alias: 'printf' },
  __builtin_snprintf: { type: { ...fn(INT, CHAR_PTR, ULONG, CONST_CHAR_PTR), variadic: true }, alias: 'snprintf' },
  __builtin_abs: { type: fn(INT, INT), alias: 'abs' },
  __builtin_labs: { type: fn(LONG, LONG), alias: 'labs' },
  __builtin_llabs: { type: fn(LLONG, LLONG), alias: 'llabs' },
  __builtin_fabs: { type: fn(DOUBLE, DOUBLE), alias: 'fabs' },
  __builtin_fabsf: { type: fn(FLOAT, FLOAT), alias: 'fabsf' },
  __builtin_sqrt: { type: fn(DOUBLE, DOUBLE), alias: 'sqrt' },
  __builtin_copysign: { type: fn(DOUBLE, DOUBLE, DOUBLE), alias: 'copysign' },
  __builtin_floor: { type: fn(DOUBLE, DOUBLE), alias: 'floor' },
  __builtin_ceil: { type: fn(DOUBLE, DOUBLE), alias: 'ceil' },
  __builtin_bswap16: { type: fn(USHORT, USHORT) },
  __builtin_bswap32: { type: fn(UINT, UINT) },
  __builtin_bswap64: { type: fn(ULONG, ULONG) },
  ...bitBuiltins(),
};

/** A call that is not a call: `__builtin_expect`, the va_* family, the type-generic builtins. Undefined for ordinary calls. */
export function builtinCall(ctx: Sema, name: string, e: Extract<Expr, { kind: 'call' }>): TExpr | undefined {
  const va = vaBuiltin(ctx, name, e);
  if (va) return va;
  const gnu = gnuBuiltin(ctx, name, e);
  if (gnu) return gnu;
  if (name === '__builtin_expect') {
    const args = e.args.map((a) => value(ctx, a));
    if (args.length !== 2) {
      ctx.error(e.span, `${args.length < 2 ? 'too few' : 'too many'} arguments to function '__builtin_expect'`);
      return ctx.poison(e.span, LONG);
    }
    return { ...convert(ctx, args[0]!, LONG, true), span: e.span };
  }
  return undefined;
}

/** Declare a called but undeclared function: `int name()` (or a builtin's own prototype) at file scope. */
export function implicitDeclaration(ctx: Sema, name: string, span: Span): void {
  const known = KNOWN[name];
  if (known) {
    declareFunction(ctx, ctx.fileScope, name, known.type, span, { isStatic: false, implicit: true, linkName: known.alias });
    return;
  }
  if (!name.startsWith('__builtin_')) ctx.warn(span, `implicit declaration of function '${name}' [-Wimplicit-function-declaration]`);
  const type: FunctionType = { kind: 'function', ret: INT, params: [], variadic: false, prototyped: false };
  declareFunction(ctx, ctx.fileScope, name, type, span, { isStatic: false, implicit: true });
}

/** `__func__`: one static array per function, made on first use (6.4.2.2p1). */
export function funcName(ctx: Sema, span: Span): TExpr {
  const fn = ctx.fn!;
  if (!fn.funcName) {
    const units = [...new TextEncoder().encode(fn.name)];
    const literal = stringLiteral(units, '', span);
    const type = arrayOf(withQualifiers(CHAR, { const: true }), units.length + 1);
    const sym = ctx.newSymbol({ name: '__func__', type, storage: 'global', external: false, addressTaken: true, span, linkName: ctx.mangle('__func__') });
    const data = (literal as Extract<TExpr, { k: 'string' }>).bytes;
    ctx.linker.addGlobal({ sym, init: { items: [{ k: 'bytes', offset: 0, data }] }, readonly: true, span });
    fn.funcName = sym;
  }
  return { k: 'var', sym: fn.funcName, type: fn.funcName.type, span };
}

/** `__builtin_offsetof(type, member-designator)` (7.19p3): the byte offset as a size_t constant. */
export function offsetOf(ctx: Sema, e: Extract<Expr, { kind: 'offsetof' }>): TExpr {
  let t = typeName(ctx, e.type);
  let offset = 0n;
  for (const d of e.path) {
    if (d.kind === 'field') {
      const path = t.kind === 'record' && t.rec.members ? findMember(t.rec, d.name) : undefined;
      if (!path) {
        ctx.error(d.span, t.kind === 'record' ? `${quoted(t)} has no member named '${d.name}'` : `request for member '${d.name}' in something not a structure or union`);
        return ctx.poison(e.span, ULONG);
      }
      for (const step of path) offset += BigInt(step.member.offset);
      t = path[path.length - 1]!.member.type;
    } else {
      if (t.kind !== 'array') {
        ctx.error(d.span, 'subscripted value is neither array nor pointer nor vector');
        return ctx.poison(e.span, ULONG);
      }
      const i = integerConstantExpression(ctx, d.index, "array index in 'offsetof' is not an integer constant");
      if (i === undefined) return ctx.poison(e.span, ULONG);
      offset += i * BigInt(sizeOf(t.of));
      t = t.of;
    }
  }
  return { k: 'intConst', value: offset, type: ULONG, span: e.span };
}
