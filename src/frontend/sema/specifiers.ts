/**
 * Declaration specifiers to a base type and a storage class (C17 6.7.1-6.7.3).
 *
 * The type-specifier keywords are counted and combined by the table of
 * 6.7.2p2 (`unsigned long int` is `unsigned long`, `long double` is
 * `long double`); combinations outside it are errors worded as gcc words them.
 * A typedef name, struct/union/enum specifier or typeof must stand alone.
 * With no type specifier at all the type is `int` (C90's implicit int, which
 * gcc still accepts with a warning; the caller words the warning).
 *
 * Deliberately not here: declarators (declarators.ts) and what a storage
 * class means for linkage (declarations.ts).
 *
 * Invariant: the result always has a type, even after an error (`int`), so
 * analysis goes on.
 */
import type { DeclSpecifiers, StorageClass, TypeSpecifier } from '../ast.js';
import type { CType } from '../ctypes.js';
import {
  BOOL, CHAR, DOUBLE, FLOAT, INT, LDOUBLE, LLONG, LONG, SCHAR, SHORT, UCHAR, UINT, ULLONG, ULONG, USHORT, VOID,
} from '../ctypes.js';
import type { Sema } from './context.js';
import { recordSpecifier, enumSpecifier } from './records.js';
import { qualify } from './types.js';
import { typeName } from './declarators.js';
import { expr } from './expressions.js';

export interface BaseType {
  readonly type: CType;
  /** The storage class, if one was given (only one may be, 6.7.1p2). */
  readonly storage: StorageClass | undefined;
  /** No type specifier was written: the type is an implicit `int`. */
  readonly implicitInt: boolean;
  readonly inline: boolean;
}

export interface SpecifierOptions {
  /** The declaration has no declarators (`struct s;`), which declares a new tag in this scope. */
  readonly standalone: boolean;
  /** For messages. */
  readonly what: 'declaration' | 'member' | 'parameter' | 'type name';
}

type Keyword = Extract<TypeSpecifier, { kind: 'keyword' }>['name'];

export function declSpecifiers(ctx: Sema, specs: DeclSpecifiers, opts: SpecifierOptions): BaseType {
  const storage = storageClass(ctx, specs);
  // `_Atomic T` has T's size and alignment for every lock-free type on x86-64, and with one thread
  // an atomic access is an ordinary one: the type is T until threads and race detection arrive.
  const named = baseType(ctx, specs, opts);
  const type = named ?? INT;
  const q = specs.qualifiers;
  const qualified = q.const || q.volatile || q.restrict ? qualify(type, { const: q.const, volatile: q.volatile, restrict: q.restrict }) : type;
  return { type: qualified, storage, implicitInt: named === undefined, inline: specs.inline };
}

function storageClass(ctx: Sema, specs: DeclSpecifiers): StorageClass | undefined {
  const classes = specs.storage;
  if (classes.length === 0) return undefined;
  if (classes.length === 1 && classes[0] !== '_Thread_local') return classes[0];
  // With one thread, a thread-local object is a static one; `_Thread_local` alone at block scope
  // (6.7.1p3 requires static or extern with it there) is still accepted as gcc accepts it with a warning.
  const threadLocal = classes.includes('_Thread_local');
  const rest = classes.filter((c) => c !== '_Thread_local');
  if (threadLocal && rest.length === 0 && !ctx.atFileScope()) rest.push('static');
  if (rest.length > 1) ctx.error(specs.span, 'multiple storage classes in declaration specifiers');
  return rest[0];
}

/**
 * The type the type specifiers name, or undefined when there is none (an
 * implicit `int`). Counted in one loop, not filtered into lists: this runs
 * for every declaration, parameter and type name.
 */
function baseType(ctx: Sema, specs: DeclSpecifiers, opts: SpecifierOptions): CType | undefined {
  const types = specs.types;
  let keywords = 0, others = 0;
  let other: TypeSpecifier | undefined;
  for (let i = 0; i < types.length; i++) {
    const t = types[i]!;
    if (t.kind === 'keyword') keywords++;
    else if (others++ === 0) other = t;
  }
  if (others > 1 || (others === 1 && keywords > 0)) {
    ctx.error(specs.span, 'two or more data types in declaration specifiers');
  }
  if (other) return namedType(ctx, other, opts);
  if (keywords === 0) return undefined;
  // Every specifier is a keyword here.
  return keywordType(ctx, specs, types as readonly Extract<TypeSpecifier, { kind: 'keyword' }>[]);
}

/** The base type of a `__auto_type` declaration until each declarator's initializer gives its own (declarations.ts). */
export const AUTO_TYPE: CType = { kind: 'int', ik: 'int' };

function namedType(ctx: Sema, t: TypeSpecifier, opts: SpecifierOptions): CType {
  switch (t.kind) {
    case 'typedefName': {
      const entry = ctx.scope.lookup(t.name);
      if (entry?.k === 'typedef') return entry.type;
      ctx.error(t.span, `unknown type name '${t.name}'`);
      return INT;
    }
    case 'struct': return recordSpecifier(ctx, t, opts.standalone);
    case 'enum': return enumSpecifier(ctx, t);
    case 'typeofExpr': return ctx.inUnevaluated(() => expr(ctx, t.expr)).type;
    case 'typeofType': return typeName(ctx, t.type);
    case 'autoType': return AUTO_TYPE;
    case 'keyword': return INT;
  }
}

/** The type named by a lone type-specifier keyword (the common case, answered without counting). */
const SINGLE_KEYWORD: ReadonlyMap<Keyword, CType> = new Map<Keyword, CType>([
  ['void', VOID], ['char', CHAR], ['short', SHORT], ['int', INT], ['long', LONG], ['float', FLOAT],
  ['double', DOUBLE], ['signed', INT], ['unsigned', UINT], ['_Bool', BOOL],
]);

/** The keywords that may be written at most once, in the order gcc reports duplicates. */
const ONCE: readonly Keyword[] = ['void', 'char', 'short', 'int', 'float', 'double', 'signed', 'unsigned', '_Bool'];
/** The keywords that name a base type, of which there may be one. */
const BASES = ['void', 'char', 'int', 'float', 'double', '_Bool'] as const;
type BaseKeyword = typeof BASES[number];
/** The modifiers each base type takes, among `signed`, `unsigned`, `short` and `long`. */
const ALLOWED: Record<BaseKeyword, readonly string[]> = {
  void: [], _Bool: [], float: [], char: ['signed', 'unsigned'], double: ['long'], int: ['signed', 'unsigned', 'short', 'long'],
};

/** C17 6.7.2p2: the multisets of type-specifier keywords that name a type. */
function keywordType(ctx: Sema, specs: DeclSpecifiers, words: readonly Extract<TypeSpecifier, { kind: 'keyword' }>[]): CType {
  const single = words.length === 1 ? SINGLE_KEYWORD.get(words[0]!.name) : undefined;
  if (single) return single;
  // Counted in one pass: a multi-word type (`unsigned long`) asks for about twenty counts.
  const counts: Record<Keyword, number> = {
    void: 0, char: 0, short: 0, int: 0, long: 0, float: 0, double: 0, signed: 0, unsigned: 0, _Bool: 0, _Complex: 0,
  };
  for (let i = 0; i < words.length; i++) counts[words[i]!.name]++;
  const span = specs.span;
  for (let i = 0; i < ONCE.length; i++) {
    if (counts[ONCE[i]!] > 1) ctx.error(span, `duplicate '${ONCE[i]!}'`);
  }
  if (counts._Complex > 0) {
    ctx.unsupported(span, '_Complex is not supported yet');
    return DOUBLE;
  }
  const longs = counts.long;
  if (longs > 2) ctx.error(span, "'long long long' is too long for GCC");
  const signed = counts.signed > 0, unsigned = counts.unsigned > 0;
  if (signed && unsigned) ctx.error(span, "both 'signed' and 'unsigned' in declaration specifiers");
  const short = counts.short > 0;
  if (short && longs > 0) ctx.error(span, "both 'long' and 'short' in declaration specifiers");
  let base: BaseKeyword | undefined;
  for (let i = 0; i < BASES.length; i++) {
    if (counts[BASES[i]!] === 0) continue;
    if (base !== undefined) {
      ctx.error(span, 'two or more data types in declaration specifiers');
      return INT;
    }
    base = BASES[i]!;
  }
  base ??= 'int';
  const bad = signed && !ALLOWED[base].includes('signed') ? 'signed'
    : unsigned && !ALLOWED[base].includes('unsigned') ? 'unsigned'
    : short && !ALLOWED[base].includes('short') ? 'short'
    : longs && !ALLOWED[base].includes('long') ? 'long'
    : undefined;
  if (bad) {
    ctx.error(span, `both '${bad}' and '${base}' in declaration specifiers`);
    return base === 'void' ? VOID : INT;
  }
  switch (base) {
    case 'void': return VOID;
    case '_Bool': return BOOL;
    case 'float': return FLOAT;
    case 'double':
      if (longs > 1) ctx.error(span, "both 'long long' and 'double' in declaration specifiers");
      return longs ? LDOUBLE : DOUBLE;
    case 'char': return signed ? SCHAR : unsigned ? UCHAR : CHAR;
    case 'int':
      if (short) return unsigned ? USHORT : SHORT;
      if (longs >= 2) return unsigned ? ULLONG : LLONG;
      if (longs === 1) return unsigned ? ULONG : LONG;
      return unsigned ? UINT : INT;
  }
}
