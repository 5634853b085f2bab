/**
 * Declarators and type names to C types (C17 6.7.6, 6.7.7).
 *
 * The parser keeps a declarator's derivations reading outward from the name
 * (`int *a[3]` is [array 3, pointer]); the type is built by applying them
 * from the last to the first onto the base type. Array sizes are integer
 * constant expressions; anything else would make a variable length array,
 * reported as unsupported (or as an error at file scope, 6.7.6.2p2).
 * Parameters are adjusted (6.7.6.3p7-8): an array becomes a pointer to its
 * element, a function a pointer to the function; the function type records
 * them without qualifiers (6.7.6.3p15).
 *
 * Deliberately not here: what the declared name becomes (declarations.ts).
 *
 * Invariant: every result is a well-formed CType; after an error the
 * offending part is replaced by `int`.
 */
import type { Declarator, DerivedDeclarator, ParameterDeclaration, TypeName } from '../ast.js';
import type { CType } from '../ctypes.js';
import { INT, isComplete, isVla, pointerTo, sizeOf, unqualified, withQualifiers } from '../ctypes.js';
import type { Span } from '../source.js';
import type { Sema } from './context.js';
import { constantValue } from './expressions.js';
import { declSpecifiers } from './specifiers.js';
import { quoted, type FunctionType } from './types.js';
import { takePending, unspecifiedVla, vlaOfConstant, vlaType } from './vla.js';

export type DeclaratorContext = 'object' | 'member' | 'parameter' | 'type name';

export interface DeclaratorOptions {
  readonly context: DeclaratorContext;
}

type ArrayDerived = Extract<DerivedDeclarator, { kind: 'array' }>;
type FunctionDerived = Extract<DerivedDeclarator, { kind: 'function' }>;

/** The type `d` declares from `base`. */
export function declaratorType(ctx: Sema, base: CType, d: Declarator, opts: DeclaratorOptions): CType {
  return applyDerived(ctx, base, d.derived, d.name, opts);
}

/** Apply `derived` (outward from the name) to `base`, innermost derivation last. */
export function applyDerived(ctx: Sema, base: CType, derived: readonly DerivedDeclarator[], name: string | undefined, opts: DeclaratorOptions): CType {
  let t = base;
  for (let i = derived.length - 1; i >= 0; i--) {
    const d = derived[i]!;
    switch (d.kind) {
      case 'pointer': t = withQualifiers(pointerTo(t), d.qualifiers); break;
      case 'array': t = arrayType(ctx, t, d, name, opts.context === 'parameter' && i === 0); break;
      case 'function': t = functionType(ctx, t, d, name); break;
    }
  }
  return t;
}

function label(name: string | undefined): string {
  return name === undefined ? 'type name' : `'${name}'`;
}

/** An array derivation (6.7.6.2). A parameter's outermost array is adjusted to a pointer, so its size is not needed. */
function arrayType(ctx: Sema, elem: CType, d: ArrayDerived, name: string | undefined, adjusted: boolean): CType {
  if (elem.kind === 'function') {
    ctx.error(d.span, `declaration of ${label(name)} as array of functions`);
    elem = INT;
  } else if (elem.kind === 'void') {
    ctx.error(d.span, `declaration of ${label(name)} as array of voids`);
    elem = INT;
  } else if (!isComplete(elem)) {
    ctx.error(d.span, `array type has incomplete element type ${quoted(elem)}`);
    elem = INT;
  }
  if (adjusted || (d.size === undefined && !d.star)) return { kind: 'array', of: elem, length: undefined };
  const length = arrayLength(ctx, elem, d, name);
  if (length === VARIABLE) return d.size ? vlaType(ctx, elem, d.size, d.span) : unspecifiedVla(ctx, elem, d.span);
  if (isVla(elem) && length !== undefined) return vlaOfConstant(ctx, elem, length, d.span);
  return { kind: 'array', of: elem, length };
}

/** arrayLength's answer for a size to compute at run time (a VLA). */
const VARIABLE = -1;

function arrayLength(ctx: Sema, elem: CType, d: ArrayDerived, name: string | undefined): number | undefined {
  const size = d.size;
  if (d.star || !size) return variableLength(ctx, d.span, name);
  const v = constantValue(ctx, size);
  switch (v.kind) {
    case 'error': return 1;
    case 'notInteger':
      ctx.error(size.span, `size of array ${label(name)} has non-integer type`);
      return 1;
    case 'notConstant': return variableLength(ctx, d.span, name);
    case 'value': break;
  }
  if (v.value < 0n) {
    ctx.error(size.span, `size of array ${label(name)} is negative`);
    return 1;
  }
  if (!isVla(elem) && v.value * BigInt(sizeOf(elem)) > (1n << 62n)) {
    ctx.error(size.span, `size of array ${label(name)} is too large`);
    return 1;
  }
  return Number(v.value);
}

function variableLength(ctx: Sema, span: Span, name: string | undefined): number {
  if (ctx.atFileScope() && !ctx.fn) {
    ctx.error(span, `variably modified ${label(name)} at file scope`);
    return 1;
  }
  return VARIABLE;
}

function declarePrototypeName(ctx: Sema, p: Parameter): void {
  if (p.name === undefined || ctx.scope.ordinary.has(p.name)) return;
  const sym = ctx.newSymbol({ name: p.name, type: p.type, storage: 'param', external: false, addressTaken: false, span: p.span, linkName: p.name });
  ctx.scope.ordinary.set(p.name, { k: 'var', sym, type: p.type, linkage: 'none', register: p.register, span: p.span });
}

/** A function derivation (6.7.6.3): `ret` is what the function returns. */
function functionType(ctx: Sema, ret: CType, d: FunctionDerived, name: string | undefined): CType {
  if (ret.kind === 'function' || ret.kind === 'array') {
    ctx.error(d.span, `${label(name)} declared as function returning ${ret.kind === 'array' ? 'an array' : 'a function'}`);
    ret = INT;
  }
  if (d.params === undefined) return { kind: 'function', ret: unqualified(ret), params: [], variadic: false, prototyped: false };
  // In a prototype, parameter names are in scope for later parameters' sizes; the sizes themselves are
  // never computed (a prototype's variably modified types only serve type checking).
  const mark = ctx.vlaPending.length;
  const params = ctx.inScope('params', () => parameterList(ctx, d.params!, (p) => declarePrototypeName(ctx, p)));
  takePending(ctx, mark);
  return makeFunctionType(ret, params, d.variadic);
}

export function makeFunctionType(ret: CType, params: readonly Parameter[], variadic: boolean): FunctionType {
  return { kind: 'function', ret: unqualified(ret), params: params.map((p) => unqualified(p.type)), variadic, prototyped: true };
}

/** One parameter of a prototype, after adjustment. */
export interface Parameter {
  readonly name: string | undefined;
  readonly type: CType;
  readonly register: boolean;
  readonly span: Span;
}

/** The parameters of a prototype, declared in the current (prototype or function) scope by the caller if needed. */
/**
 * The parameters of a prototype or definition. `declare` is called with each
 * one as soon as its type is known, so that a later parameter's array size
 * can name it (`int n, double m[n][n]`, 6.2.1p4: a parameter's scope starts
 * after its declarator).
 */
export function parameterList(ctx: Sema, params: readonly ParameterDeclaration[], declare?: (p: Parameter, index: number) => void): Parameter[] {
  const out: Parameter[] = [];
  for (const p of params) {
    const base = declSpecifiers(ctx, p.specs, { standalone: false, what: 'parameter' });
    if (base.storage && base.storage !== 'register') ctx.error(p.span, `storage class specified for parameter ${label(p.declarator.name)}`);
    if (base.implicitInt) ctx.warn(p.span, `type defaults to 'int' in declaration of ${label(p.declarator.name)}`);
    const type = declaratorType(ctx, base.type, p.declarator, { context: 'parameter' });
    if (type.kind === 'void' && p.declarator.name === undefined && p.declarator.derived.length === 0 && params.length === 1) {
      if (type.q) ctx.error(p.span, "'void' as only parameter may not be qualified");
      return [];
    }
    if (type.kind === 'void') ctx.error(p.span, "'void' must be the only parameter");
    const span = p.declarator.nameSpan ?? p.span;
    out.push({ name: p.declarator.name, type: adjustParameter(type, p.declarator), register: base.storage === 'register', span });
    declare?.(out[out.length - 1]!, out.length - 1);
  }
  return out;
}

/** 6.7.6.3p7-8: array of T to (qualified) pointer to T; function to pointer to function. */
function adjustParameter(t: CType, d: Declarator): CType {
  if (t.kind === 'array') {
    const outer = d.derived[0];
    const q = outer?.kind === 'array' ? outer.qualifiers : undefined;
    const p = pointerTo(t.of);
    return q ? withQualifiers(p, q) : p;
  }
  if (t.kind === 'function') return pointerTo(t);
  return t;
}

/** type-name (6.7.7): specifiers and an abstract declarator. */
export function typeName(ctx: Sema, t: TypeName): CType {
  const base = declSpecifiers(ctx, t.specs, { standalone: false, what: 'type name' });
  if (base.storage) ctx.error(t.span, 'storage class specified in a type name');
  return declaratorType(ctx, base.type, t.declarator, { context: 'type name' });
}
