/**
 * Small facts about C types that sema needs beyond ctypes.ts: identity of
 * types (for "is a conversion needed"), qualifiers of arrays (which C puts on
 * the element type, 6.7.3p9), modifiable lvalues, composite types (6.2.7p3)
 * and the quoting gcc uses in messages.
 *
 * Deliberately not here: layout (ctypes.ts) and conversions (conversions.ts).
 *
 * Invariant: nothing here mutates a type; `RecordInfo` is compared by identity.
 */
import type { CType, Qualifiers } from '../ctypes.js';
import { typeToString, withQualifiers } from '../ctypes.js';

export type FunctionType = Extract<CType, { kind: 'function' }>;
export type PointerType = Extract<CType, { kind: 'pointer' }>;
export type ArrayType = Extract<CType, { kind: 'array' }>;
export type RecordType = Extract<CType, { kind: 'record' }>;

function sameQualifiers(a: Qualifiers | undefined, b: Qualifiers | undefined): boolean {
  return !!a?.const === !!b?.const && !!a?.volatile === !!b?.volatile && !!a?.restrict === !!b?.restrict;
}

/** The same type, ignoring top-level qualifiers and enum names: no conversion between them is needed. */
export function sameType(a: CType, b: CType, top = true): boolean {
  if (!top && !sameQualifiers(a.q, b.q)) return false;
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'void': return true;
    case 'int': return a.ik === (b as typeof a).ik;
    case 'float': return a.fk === (b as typeof a).fk;
    case 'pointer': return sameType(a.to, (b as typeof a).to, false);
    case 'array': return a.length === (b as typeof a).length && sameType(a.of, (b as typeof a).of, false);
    case 'record': return a.rec === (b as typeof a).rec;
    case 'function': {
      const f = b as typeof a;
      return a.prototyped === f.prototyped && a.variadic === f.variadic && sameType(a.ret, f.ret) &&
        a.params.length === f.params.length && a.params.every((p, i) => sameType(p, f.params[i]!));
    }
  }
}

/** Add qualifiers; on an array type they apply to the element type (C17 6.7.3p9). */
export function qualify(t: CType, q: Qualifiers): CType {
  if (!q.const && !q.volatile && !q.restrict) return t;
  if (t.kind === 'array') return { kind: 'array', of: qualify(t.of, q), length: t.length };
  return withQualifiers(t, q);
}

/** The qualifiers of an object of type `t` (an array's are its element's). */
export function qualifiersOf(t: CType): Qualifiers {
  return t.kind === 'array' ? qualifiersOf(t.of) : t.q ?? {};
}

/**
 * Not a modifiable lvalue because of `const` (6.3.2.1p1): a const-qualified
 * type, or a record with a const member, recursively.
 */
export function hasConst(t: CType): boolean {
  if (t.q?.const) return true;
  if (t.kind === 'array') return hasConst(t.of);
  if (t.kind === 'record') return (t.rec.members ?? []).some((m) => hasConst(m.type));
  return false;
}

/** A const object that can live in read-only memory (a top-level const, or an array of them). */
export function isReadonlyObject(t: CType): boolean {
  return t.kind === 'array' ? isReadonlyObject(t.of) : !!t.q?.const;
}

/** The composite type of two compatible types (C17 6.2.7p3); qualifiers are `a`'s. */
export function composite(a: CType, b: CType): CType {
  if (a.kind === 'array' && b.kind === 'array') {
    const of = composite(a.of, b.of);
    const length = a.length ?? b.length;
    return a.q ? { kind: 'array', of, length, q: a.q } : { kind: 'array', of, length };
  }
  if (a.kind === 'pointer' && b.kind === 'pointer') return { ...a, to: composite(a.to, b.to) };
  if (a.kind === 'function' && b.kind === 'function') {
    const ret = composite(a.ret, b.ret);
    if (!a.prototyped && !b.prototyped) return { ...a, ret };
    if (!a.prototyped) return { ...b, ret };
    if (!b.prototyped) return { ...a, ret };
    if (a.params.length !== b.params.length) return { ...a, ret };
    return { ...a, ret, params: a.params.map((p, i) => composite(p, b.params[i]!)) };
  }
  return a;
}

/** A type quoted as gcc prints it in messages: `'int *'`. */
export function quoted(t: CType): string {
  return `'${typeToString(t)}'`;
}

export function isCharKind(t: CType): boolean {
  return t.kind === 'int' && (t.ik === 'char' || t.ik === 'schar' || t.ik === 'uchar');
}

export function isVoidPointer(t: CType): boolean {
  return t.kind === 'pointer' && t.to.kind === 'void';
}

export function isFunctionPointer(t: CType): t is PointerType & { to: FunctionType } {
  return t.kind === 'pointer' && t.to.kind === 'function';
}
