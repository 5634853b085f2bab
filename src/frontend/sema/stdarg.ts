/**
 * <stdarg.h> in sema (C17 7.16): `__builtin_va_start`, `__builtin_va_arg`,
 * `__builtin_va_end` and `__builtin_va_copy` become calls of the machine's
 * helpers (src/shims/libc/stdarg.ts), which keep each variadic call's
 * arguments in an allocation of their own with the kind of each argument.
 *
 * `va_arg(ap, T)` is `*(T *)__ciri_va_arg(ap, code, "T")`: the helper checks
 * the next argument against T (7.16.1.1p2) and returns the address of its
 * slot, and the read is an ordinary load (initialization, provenance).
 * `code` says how T is passed: after default argument promotion a `float`,
 * `char`, `short` or `_Bool` never arrives, so asking for one is UB (gcc
 * warns and traps; ciri warns here and reports it when reached).
 *
 * Not here: records through `...` with va_arg (an `unsupported` error).
 * Invariant: every helper call gets the va_list as a `void *`.
 */
import type { Expr } from '../ast.js';
import { CHAR, INT, VOID, arrayOf, intSigned, isPointer, pointerTo, typeToString, unqualified, withQualifiers, type CType } from '../ctypes.js';
import type { Span } from '../source.js';
import type { TExpr } from '../typed-ast.js';
import type { Sema } from './context.js';
import { convert, toRvalue } from './conversions.js';
import { typeName } from './declarators.js';
import { value } from './expressions.js';
import { helperCall, helperType } from './gnu-builtins.js';

type CallExpr = Extract<Expr, { kind: 'call' }>;

const VOID_PTR = pointerTo(VOID);

/** How a va_arg type arrives, shared with src/shims/libc/stdarg.ts (VA_CODE). */
export const VA_CODE = { int: 0, uint: 1, long: 2, ulong: 3, double: 4, pointer: 5, promoted: 6 } as const;

function vaCode(t: CType): number | 'record' {
  switch (t.kind) {
    case 'int': {
      if (t.ik === 'bool' || t.ik === 'char' || t.ik === 'schar' || t.ik === 'uchar' || t.ik === 'short' || t.ik === 'ushort') return VA_CODE.promoted;
      const wide = t.ik === 'long' || t.ik === 'ulong' || t.ik === 'llong' || t.ik === 'ullong';
      return intSigned(t.ik) ? (wide ? VA_CODE.long : VA_CODE.int) : (wide ? VA_CODE.ulong : VA_CODE.uint);
    }
    case 'float': return t.fk === 'float' ? VA_CODE.promoted : VA_CODE.double;
    case 'pointer': return VA_CODE.pointer;
    default: return 'record';
  }
}

/** A string literal holding `text`, as a `const char *` argument. */
function cString(text: string, span: Span): TExpr {
  const bytes = new Uint8Array([...new TextEncoder().encode(text), 0]);
  const lit: TExpr = { k: 'string', bytes, type: arrayOf(CHAR, bytes.length), span };
  return { k: 'convert', operand: { k: 'decay', lvalue: lit, type: pointerTo(CHAR), span }, implicit: true, type: pointerTo(withQualifiers(CHAR, { const: true })), span };
}

/** The va_list operand as `void *` (a `va_list` object decays; a `va_list` parameter already is a pointer). */
function listArg(ctx: Sema, e: Expr, fn: string): TExpr | undefined {
  const ap = value(ctx, e);
  if (ctx.isPoison(ap)) return undefined;
  if (!isPointer(ap.type) || ap.type.to.kind !== 'record' || ap.type.to.rec.tag !== '__va_list_tag') {
    ctx.error(ap.span, `first argument to '${fn}' not of type 'va_list'`);
    return undefined;
  }
  return convert(ctx, ap, VOID_PTR, true);
}

function arity(ctx: Sema, fn: string, e: CallExpr, n: number): boolean {
  if (e.args.length === n) return true;
  ctx.error(e.span, `${e.args.length < n ? 'too few' : 'too many'} arguments to function '${fn}'`);
  return false;
}

/** `va_start`, `va_end`, `va_copy` (as their `__builtin_` names), or undefined for another name. */
export function vaBuiltin(ctx: Sema, name: string, e: CallExpr): TExpr | undefined {
  const voidCall = (helper: string, args: TExpr[]): TExpr =>
    helperCall(ctx, helper, helperType(VOID, args.map(() => VOID_PTR)), args, e.span);
  switch (name) {
    case '__builtin_va_start': {
      const fn = 'va_start';
      if (!ctx.fn?.variadic) {
        ctx.error(e.span, `'${fn}' used in function with fixed arguments`);
        return ctx.poison(e.span, VOID);
      }
      if (!arity(ctx, fn, e, 2)) return ctx.poison(e.span, VOID);
      const ap = listArg(ctx, e.args[0]!, fn);
      const last = e.args[1]!;
      if (last.kind !== 'ident' || last.name !== ctx.fn.lastParam) {
        ctx.warn(last.span, `second parameter of '${fn}' not last named argument`);
      }
      return ap ? voidCall('__ciri_va_start', [ap]) : ctx.poison(e.span, VOID);
    }
    case '__builtin_va_end': {
      if (!arity(ctx, 'va_end', e, 1)) return ctx.poison(e.span, VOID);
      const ap = listArg(ctx, e.args[0]!, 'va_end');
      return ap ? voidCall('__ciri_va_end', [ap]) : ctx.poison(e.span, VOID);
    }
    case '__builtin_va_copy': {
      if (!arity(ctx, 'va_copy', e, 2)) return ctx.poison(e.span, VOID);
      const dst = listArg(ctx, e.args[0]!, 'va_copy');
      const src = listArg(ctx, e.args[1]!, 'va_copy');
      return dst && src ? voidCall('__ciri_va_copy', [dst, src]) : ctx.poison(e.span, VOID);
    }
    case '__builtin_va_arg_pack': case '__builtin_va_arg_pack_len':
      ctx.unsupported(e.span, `'${name}' (only meaningful in always-inline functions)`);
      return ctx.poison(e.span);
    default: return undefined;
  }
}

/** `__builtin_va_arg(ap, T)`: a load of T from the next argument's slot. */
export function vaArg(ctx: Sema, e: Extract<Expr, { kind: 'vaArg' }>): TExpr {
  const type = unqualified(typeName(ctx, e.type));
  const ap = listArg(ctx, e.list, 'va_arg');
  if (!ap) return ctx.poison(e.span, type.kind === 'void' ? INT : type);
  const code = vaCode(type);
  if (code === 'record') {
    ctx.unsupported(e.span, `va_arg of type '${typeToString(type)}' (only scalar types are supported)`);
    return ctx.poison(e.span, INT);
  }
  if (code === VA_CODE.promoted) {
    const promoted = type.kind === 'float' ? 'double' : 'int';
    ctx.warn(e.span, `'${typeToString(type)}' is promoted to '${promoted}' when passed through '...'`,
      [{ message: `(so you should pass '${promoted}' not '${typeToString(type)}' to 'va_arg')`, span: undefined },
        { message: 'if this code is reached, the program will abort', span: undefined }]);
  }
  const helper = helperCall(ctx, '__ciri_va_arg', helperType(VOID_PTR, [VOID_PTR, INT, pointerTo(withQualifiers(CHAR, { const: true }))]),
    [ap, { k: 'intConst', value: BigInt(code), type: INT, span: e.span }, cString(typeToString(type), e.span)], e.span);
  const slot: TExpr = { k: 'deref', ptr: convert(ctx, helper, pointerTo(type), false), type, span: e.span };
  return toRvalue(ctx, slot);
}
