/**
 * Structure, union and enumeration specifiers (C17 6.7.2.1-6.7.2.3).
 *
 * Tags live in their own name space, scoped like ordinary identifiers. A
 * reference to an unknown tag, or a bare `struct s;`, declares an
 * incomplete type in the current scope; a later definition in the same
 * scope completes that same `RecordInfo`, so pointers taken in between see
 * the members (6.7.2.3p4-8). The tag is entered before the members are
 * analysed so that a member can point to its own record.
 *
 * Anonymous struct/union members (6.7.2.1p13) are kept as members without a
 * name; `findMember` looks through them. Enumeration constants are ordinary
 * identifiers of type int; the enumerated type itself is the integer type gcc
 * picks: `unsigned int` when no value is negative, `int` otherwise.
 *
 * Bit-fields (6.7.2.1p4-5, p11), gcc's `packed` and `aligned(N)` attributes on
 * records and members, and `_Alignas` on members change the layout as gcc does
 * (the layout itself is `layoutRecord` in ctypes.ts).
 *
 * Invariant: a RecordInfo is laid out (members set) at most once.
 */
import type { EnumSpecifier, Expr, StructDeclaration, StructSpecifier, TypeName } from '../ast.js';
import type { CType, RecordInfo, RecordMember } from '../ctypes.js';
import { INT, LONG, ULONG, alignOf, alignTo, intRange, isComplete, isVariablyModified, layoutRecord, sizeOf } from '../ctypes.js';
import type { Span } from '../source.js';
import type { Sema } from './context.js';
import { integerConstantExpression } from './expressions.js';
import { declaratorType, typeName } from './declarators.js';
import { declSpecifiers } from './specifiers.js';

/** The members to go through to reach `name`, outermost first (several when it sits in anonymous members). */
export function findMember(rec: RecordInfo, name: string): { index: number; member: RecordMember }[] | undefined {
  const members = rec.members ?? [];
  for (let i = 0; i < members.length; i++) {
    const m = members[i]!;
    if (m.name === name) return [{ index: i, member: m }];
    if (m.name === undefined && m.type.kind === 'record') {
      const inner = findMember(m.type.rec, name);
      if (inner) return [{ index: i, member: m }, ...inner];
    }
  }
  return undefined;
}

function kindName(isUnion: boolean): string {
  return isUnion ? 'union' : 'struct';
}

/** The type a struct or union specifier denotes; `standalone` is `struct s;` on its own (6.7.2.3p7). */
export function recordSpecifier(ctx: Sema, s: StructSpecifier, standalone: boolean): CType {
  const rec = s.members === undefined ? recordReference(ctx, s, standalone) : recordDefinition(ctx, s);
  return { kind: 'record', rec };
}

function recordReference(ctx: Sema, s: StructSpecifier, standalone: boolean): RecordInfo {
  const tag = s.tag ?? '';
  const here = ctx.scope.tag(tag);
  const found = standalone ? (here ? { entry: here } : undefined) : ctx.scope.lookupTag(tag);
  if (found) {
    const entry = found.entry;
    if (entry.k === 'record' && entry.rec.isUnion === s.isUnion) return entry.rec;
    ctx.error(s.span, `'${tag}' defined as wrong kind of tag`);
    return ctx.newRecord(tag, s.isUnion);
  }
  const rec = ctx.newRecord(tag, s.isUnion);
  ctx.scope.declareTag(tag, { k: 'record', rec, span: s.span });
  if (ctx.scope.kind === 'params' && !standalone) {
    ctx.warn(s.span, `'${kindName(s.isUnion)} ${tag}' declared inside parameter list will not be visible outside of this definition or declaration`);
  }
  return rec;
}

function recordDefinition(ctx: Sema, s: StructSpecifier): RecordInfo {
  let rec: RecordInfo | undefined;
  if (s.tag !== undefined) {
    const here = ctx.scope.tag(s.tag);
    if (here && (here.k !== 'record' || here.rec.isUnion !== s.isUnion)) {
      ctx.error(s.span, `'${s.tag}' defined as wrong kind of tag`);
    } else if (here && here.rec.members) {
      ctx.error(s.span, `redefinition of '${kindName(s.isUnion)} ${s.tag}'`, [{ message: 'originally defined here', span: here.span }]);
    } else if (here) {
      rec = here.rec;
    }
    if (!rec) {
      rec = ctx.newRecord(s.tag, s.isUnion);
      if (!here) ctx.scope.declareTag(s.tag, { k: 'record', rec, span: s.span });
    }
  } else {
    rec = ctx.newRecord(undefined, s.isUnion);
  }
  layoutMembers(ctx, rec, s);
  return rec;
}

interface PendingMember { name: string | undefined; type: CType; span: Span; bitWidth?: number; align?: number; packed?: boolean }

/** Analyse the member declarations and lay the record out (6.7.2.1), honouring gcc's `packed` and `aligned`. */
function layoutMembers(ctx: Sema, rec: RecordInfo, s: StructSpecifier): void {
  const members: PendingMember[] = [];
  for (const decl of s.members ?? []) members.push(...memberDeclaration(ctx, decl));
  checkMembers(ctx, rec, members);
  layoutRecord(rec, members, { packed: s.attributes.some((a) => attributeName(a.name) === 'packed') });
  const align = requestedAlignment(ctx, s.attributes);
  if (align > rec.align) {
    rec.align = align;
    rec.size = alignTo(rec.size, align);
  }
}

function attributeName(name: string): string {
  return name.replace(/^__(.*)__$/, '$1');
}

/** The largest `__attribute__((aligned(N)))` on the record (`aligned` alone means 16 on x86-64), or 1. */
function requestedAlignment(ctx: Sema, attributes: StructSpecifier['attributes']): number {
  let align = 1;
  for (const a of attributes) {
    if (attributeName(a.name) !== 'aligned') continue;
    const arg = a.args[0];
    const v = arg ? integerConstantExpression(ctx, arg, 'requested alignment is not an integer constant') : 16n;
    if (v === undefined) continue;
    if (v <= 0n || (v & (v - 1n)) !== 0n || v > 1n << 28n) ctx.error(a.span, 'requested alignment is not a positive power of 2');
    else align = Math.max(align, Number(v));
  }
  return align;
}

function memberDeclaration(ctx: Sema, decl: StructDeclaration): PendingMember[] {
  const standaloneRecord = decl.declarators.length === 0;
  const base = declSpecifiers(ctx, decl.specs, { standalone: standaloneRecord, what: 'member' });
  if (base.storage) ctx.error(decl.specs.span, 'storage class specified for a structure member');
  const align = memberAlignment(ctx, decl);
  const packed = decl.specs.attributes.some((a) => attributeName(a.name) === 'packed');
  if (decl.declarators.length === 0) {
    // 6.7.2.1p13: an untagged struct or union without a declarator is an anonymous member.
    const spec = decl.specs.types[0];
    if (base.type.kind === 'record' && spec?.kind === 'struct' && spec.tag === undefined) {
      return [{ name: undefined, type: base.type, span: decl.span, align, packed }];
    }
    ctx.warn(decl.span, 'declaration does not declare anything');
    return [];
  }
  const out: PendingMember[] = [];
  for (const d of decl.declarators) {
    let type = d.declarator ? declaratorType(ctx, base.type, d.declarator, { context: 'member' }) : base.type;
    if (isVariablyModified(type)) {
      ctx.error(d.span, 'a member of a structure or union cannot have a variably modified type');
      type = INT;
    }
    const name = d.declarator?.name;
    const span = d.declarator?.nameSpan ?? d.span;
    const memberPacked = packed || (d.declarator?.attributes ?? []).some((a) => attributeName(a.name) === 'packed');
    if (d.bitWidth) {
      const width = bitFieldWidth(ctx, d.bitWidth, type, name, span);
      if (width !== undefined) out.push({ name, type, span, bitWidth: width, packed: memberPacked });
      continue;
    }
    if (!d.declarator) continue;
    const own = requestedAlignment(ctx, d.declarator.attributes);
    out.push({ name, type, span, align: own > 1 ? Math.max(align ?? 1, own) : align, packed: memberPacked });
  }
  return out;
}

/** `_Alignas` and `__attribute__((aligned))` on a member declaration: the strictest, or undefined. */
function memberAlignment(ctx: Sema, decl: StructDeclaration): number | undefined {
  let align: number | undefined;
  for (const a of decl.specs.alignas) {
    const n = alignasValue(ctx, a);
    if (n !== undefined) align = Math.max(align ?? 1, n);
  }
  const requested = requestedAlignment(ctx, decl.specs.attributes);
  return requested > 1 ? Math.max(align ?? 1, requested) : align;
}

/** `_Alignas(type)` or `_Alignas(constant)` (6.7.5): the alignment asked for, or undefined (0 means no request). */
export function alignasValue(ctx: Sema, a: TypeName | Expr): number | undefined {
  if (a.kind === 'typeName') return alignOf(typeName(ctx, a));
  const v = integerConstantExpression(ctx, a, 'requested alignment is not an integer constant');
  if (v === undefined || v === 0n) return undefined;
  if (v < 0n || (v & (v - 1n)) !== 0n || v > 1n << 28n) {
    ctx.error(a.span, 'requested alignment is not a positive power of 2');
    return undefined;
  }
  return Number(v);
}

/** The width of a bit-field (6.7.2.1p4-5), or undefined after reporting what is wrong with it. */
function bitFieldWidth(ctx: Sema, e: Expr, type: CType, name: string | undefined, span: Span): number | undefined {
  const label = name !== undefined ? `'${name}'` : '<anonymous>';
  if (type.kind !== 'int') {
    ctx.error(span, `bit-field ${label} has invalid type`);
    return undefined;
  }
  const w = integerConstantExpression(ctx, e, `bit-field ${label} width not an integer constant`);
  if (w === undefined) return undefined;
  const max = type.ik === 'bool' ? 1n : BigInt(sizeOf(type) * 8);
  // After an error the member still exists (with a width that fits), so later uses don't cascade.
  if (w < 0n) ctx.error(e.span, `negative width in bit-field ${label}`);
  else if (w > max) ctx.error(e.span, `width of ${label} exceeds its type`);
  else if (w === 0n && name !== undefined) ctx.error(e.span, `zero width for bit-field ${label}`);
  else return Number(w);
  return w > max ? Number(max) : 1;
}

/** Member types must be complete object types, but the last of a struct may be a flexible array (6.7.2.1p3, p18). */
function checkMembers(ctx: Sema, rec: RecordInfo, members: PendingMember[]): void {
  const seen = new Set<string>();
  const named = (m: PendingMember): string[] =>
    m.name !== undefined ? [m.name] : m.type.kind === 'record' ? (m.type.rec.members ?? []).flatMap((x) => named({ ...x, span: m.span })) : [];
  members.forEach((m, i) => {
    for (const n of named(m)) {
      if (seen.has(n)) ctx.error(m.span, `duplicate member '${n}'`);
      seen.add(n);
    }
    const label = m.name ?? '<anonymous>';
    if (m.type.kind === 'function') {
      ctx.error(m.span, `field '${label}' declared as a function`);
      m.type = INT;
    } else if (m.type.kind === 'array' && m.type.length === undefined && isComplete(m.type.of)) {
      if (rec.isUnion) ctx.error(m.span, 'flexible array member in union');
      else if (i !== members.length - 1) ctx.error(m.span, 'flexible array member not at end of struct');
      else if (members.length === 1) ctx.error(m.span, 'flexible array member in a struct with no named members');
      else return;
      m.type = { kind: 'array', of: m.type.of, length: 0 };
    } else if (!isComplete(m.type)) {
      ctx.error(m.span, `field '${label}' has incomplete type`);
      m.type = INT;
    }
  });
}

// ---- enumerations (6.7.2.2) -------------------------------------------------------------

/** The type an enum specifier denotes, declaring its constants in the current scope. */
export function enumSpecifier(ctx: Sema, s: EnumSpecifier): CType {
  const tag = s.tag;
  if (s.enumerators === undefined) {
    const found = tag !== undefined ? ctx.scope.lookupTag(tag) : undefined;
    if (found?.entry.k === 'enum') return found.entry.type;
    if (found) ctx.error(s.span, `'${tag}' defined as wrong kind of tag`);
    // GNU C: a forward reference to an enum, completed later.
    const type: CType = { kind: 'int', ik: 'uint', enumName: tag ?? '<anonymous>' };
    if (tag !== undefined && !found) ctx.scope.declareTag(tag, { k: 'enum', type, complete: false, span: s.span });
    return type;
  }
  const here = tag !== undefined ? ctx.scope.tag(tag) : undefined;
  if (here && (here.k !== 'enum' || here.complete)) {
    ctx.error(s.span, here.k === 'enum' ? `redeclaration of 'enum ${tag}'` : `'${tag}' defined as wrong kind of tag`);
  }
  const { min, max } = enumerators(ctx, s.enumerators);
  const type: CType = { kind: 'int', ik: enumKind(min, max), enumName: tag ?? '<anonymous>' };
  if (tag !== undefined) {
    if (here && here.k === 'enum') { here.type = type; here.complete = true; } else if (!here) ctx.scope.declareTag(tag, { k: 'enum', type, complete: true, span: s.span });
  }
  return type;
}

function enumKind(min: bigint, max: bigint): 'int' | 'uint' | 'long' | 'ulong' {
  if (min < 0n) return min >= intRange('int').min && max <= intRange('int').max ? 'int' : 'long';
  return max <= intRange('uint').max ? 'uint' : 'ulong';
}

/** Declare each enumeration constant in turn; each is visible to the next one's value (6.2.1p7). */
function enumerators(ctx: Sema, list: readonly { name: string; value: Expr | undefined; span: Span }[]): { min: bigint; max: bigint } {
  let next = 0n;
  let min = 0n, max = 0n;
  for (const en of list) {
    let value = next;
    if (en.value) {
      const v = integerConstantExpression(ctx, en.value, `enumerator value for '${en.name}' is not an integer constant`);
      if (v !== undefined) value = v;
    }
    const int = intRange('int');
    if (value < int.min || value > int.max) ctx.warn(en.span, "ISO C restricts enumerator values to range of 'int'");
    const type = value >= int.min && value <= int.max ? INT : value >= intRange('long').min && value <= intRange('long').max ? LONG : ULONG;
    declareEnumConstant(ctx, en.name, value, type, en.span);
    if (list.indexOf(en) === 0) { min = value; max = value; }
    min = value < min ? value : min;
    max = value > max ? value : max;
    next = value + 1n;
  }
  return { min, max };
}

function declareEnumConstant(ctx: Sema, name: string, value: bigint, type: CType, span: Span): void {
  const prior = ctx.scope.ordinary.get(name);
  if (prior) {
    const what = prior.k === 'enumConst' ? `redeclaration of enumerator '${name}'` : `'${name}' redeclared as different kind of symbol`;
    ctx.error(span, what, [{ message: `previous definition of '${name}' was here`, span: prior.span }]);
    return;
  }
  ctx.scope.ordinary.set(name, { k: 'enumConst', value, type, span });
}

