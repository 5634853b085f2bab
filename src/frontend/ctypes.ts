/**
 * C types as sema sees them, and their layout on x86-64 Linux (LP64, System V).
 *
 * Typedefs are resolved by sema, so no typedef node appears here. Struct and
 * union types point at a shared, mutable `RecordInfo` so that a forward
 * declaration can be completed later (C17 6.7.2.3). Enumerated types are
 * represented by their compatible integer type (`enumName` is kept for
 * messages). `long double` is laid out as the ABI says (16 bytes, align 16) and
 * computed as `double`.
 *
 * Invariant: layout functions are only called on complete object types; they
 * throw `LayoutError` otherwise, which sema turns into a type error.
 */

export type IntKind =
  | 'bool' | 'char' | 'schar' | 'uchar' | 'short' | 'ushort'
  | 'int' | 'uint' | 'long' | 'ulong' | 'llong' | 'ullong';

export type FloatKind = 'float' | 'double' | 'ldouble';

export interface Qualifiers {
  readonly const?: boolean;
  readonly volatile?: boolean;
  readonly restrict?: boolean;
}

export type CType =
  | { readonly kind: 'void'; readonly q?: Qualifiers }
  | { readonly kind: 'int'; readonly ik: IntKind; readonly q?: Qualifiers; readonly enumName?: string }
  | { readonly kind: 'float'; readonly fk: FloatKind; readonly q?: Qualifiers }
  | { readonly kind: 'pointer'; readonly to: CType; readonly q?: Qualifiers }
  /**
   * `length` undefined: incomplete (`int a[]`), unless `vla` is set: a variable
   * length array whose size in bytes is held by a hidden local computed where
   * the declarator is evaluated (C17 6.7.6.2p5).
   */
  | { readonly kind: 'array'; readonly of: CType; readonly length: number | undefined; readonly q?: Qualifiers;
      readonly vla?: VlaSize }
  | { readonly kind: 'function'; readonly ret: CType; readonly params: readonly CType[];
      readonly variadic: boolean; readonly prototyped: boolean; readonly q?: Qualifiers }
  | { readonly kind: 'record'; readonly rec: RecordInfo; readonly q?: Qualifiers };

/** The run-time size of a variable length array type: a hidden local (an unsigned long, in bytes). */
export interface VlaSize {
  /** A `VarSymbol` of the typed AST (typed loosely here: ctypes does not depend on the AST). */
  readonly sym: object;
}

/** Whether `t` is a variable length array type (or has one as its element type). */
export function isVla(t: CType): t is Extract<CType, { kind: 'array' }> & { readonly vla: VlaSize } {
  return t.kind === 'array' && t.vla !== undefined;
}

/** Whether `t` is variably modified (6.7.6p3): a VLA, or derived from one (pointer to VLA...). */
export function isVariablyModified(t: CType): boolean {
  switch (t.kind) {
    case 'array': return t.vla !== undefined || isVariablyModified(t.of);
    case 'pointer': return isVariablyModified(t.to);
    case 'function': return isVariablyModified(t.ret);
    default: return false;
  }
}

export interface RecordMember {
  /** Undefined for an anonymous struct/union member or unnamed bit-field. */
  readonly name: string | undefined;
  readonly type: CType;
  /** Byte offset from the start of the record. */
  readonly offset: number;
  /** For bit-fields: bit offset within the storage unit at `offset`, and width. */
  readonly bitOffset?: number;
  readonly bitWidth?: number;
  /**
   * Set when the member is aligned less than its type (gcc's `packed`): the
   * alignment an access to it may rely on. gcc accesses such a member as
   * possibly unaligned; a pointer to it loses that licence.
   */
  readonly align?: number;
}

/** A struct or union, shared by every type that names it. Filled in when the definition is seen. */
export interface RecordInfo {
  /** Unique per definition; used for type identity. */
  readonly id: number;
  readonly tag: string | undefined;
  readonly isUnion: boolean;
  /** Undefined while the record is incomplete. */
  members: RecordMember[] | undefined;
  size: number;
  align: number;
  /** Has a flexible array member as its last member. */
  hasFlexibleArray: boolean;
}

export class LayoutError extends Error {}

// ---- constructors -------------------------------------------------------

export const VOID: CType = { kind: 'void' };
export const BOOL: CType = { kind: 'int', ik: 'bool' };
export const CHAR: CType = { kind: 'int', ik: 'char' };
export const SCHAR: CType = { kind: 'int', ik: 'schar' };
export const UCHAR: CType = { kind: 'int', ik: 'uchar' };
export const SHORT: CType = { kind: 'int', ik: 'short' };
export const USHORT: CType = { kind: 'int', ik: 'ushort' };
export const INT: CType = { kind: 'int', ik: 'int' };
export const UINT: CType = { kind: 'int', ik: 'uint' };
export const LONG: CType = { kind: 'int', ik: 'long' };
export const ULONG: CType = { kind: 'int', ik: 'ulong' };
export const LLONG: CType = { kind: 'int', ik: 'llong' };
export const ULLONG: CType = { kind: 'int', ik: 'ullong' };
export const FLOAT: CType = { kind: 'float', fk: 'float' };
export const DOUBLE: CType = { kind: 'float', fk: 'double' };
export const LDOUBLE: CType = { kind: 'float', fk: 'ldouble' };
/** `size_t` and `ptrdiff_t` on LP64. */
export const SIZE_T = ULONG;
export const PTRDIFF_T = LONG;

export function pointerTo(t: CType): CType {
  return { kind: 'pointer', to: t };
}

export function arrayOf(t: CType, length: number | undefined): CType {
  return { kind: 'array', of: t, length };
}

// ---- integer facts --------------------------------------------------------

interface IntInfo { readonly size: number; readonly signed: boolean; readonly rank: number }

const INT_INFO: Record<IntKind, IntInfo> = {
  bool: { size: 1, signed: false, rank: 0 },
  char: { size: 1, signed: true, rank: 1 },
  schar: { size: 1, signed: true, rank: 1 },
  uchar: { size: 1, signed: false, rank: 1 },
  short: { size: 2, signed: true, rank: 2 },
  ushort: { size: 2, signed: false, rank: 2 },
  int: { size: 4, signed: true, rank: 3 },
  uint: { size: 4, signed: false, rank: 3 },
  long: { size: 8, signed: true, rank: 4 },
  ulong: { size: 8, signed: false, rank: 4 },
  llong: { size: 8, signed: true, rank: 5 },
  ullong: { size: 8, signed: false, rank: 5 },
};

/** The unqualified integer type of each kind (no enum name): what promotions and conversions yield. */
const INT_TYPE: Record<IntKind, CType> = {
  bool: BOOL, char: CHAR, schar: SCHAR, uchar: UCHAR, short: SHORT, ushort: USHORT,
  int: INT, uint: UINT, long: LONG, ulong: ULONG, llong: LLONG, ullong: ULLONG,
};

/** The unqualified integer type of kind `ik`, shared. */
export function intType(ik: IntKind): CType { return INT_TYPE[ik]; }
export function intSize(ik: IntKind): number { return INT_INFO[ik].size; }
export function intSigned(ik: IntKind): boolean { return INT_INFO[ik].signed; }
export function intRank(ik: IntKind): number { return INT_INFO[ik].rank; }

export interface IntRange { readonly min: bigint; readonly max: bigint }

function computeRange(ik: IntKind): IntRange {
  if (ik === 'bool') return { min: 0n, max: 1n };
  const bits = BigInt(INT_INFO[ik].size * 8);
  return INT_INFO[ik].signed
    ? { min: -(1n << (bits - 1n)), max: (1n << (bits - 1n)) - 1n }
    : { min: 0n, max: (1n << bits) - 1n };
}

/** Computed once: sema asks for ranges for every constant it types or folds. */
const INT_RANGE = Object.fromEntries((Object.keys(INT_INFO) as IntKind[]).map((ik) => [ik, computeRange(ik)])) as Record<IntKind, IntRange>;

/** Smallest and largest value of an integer kind, as bigints. */
export function intRange(ik: IntKind): IntRange {
  return INT_RANGE[ik];
}

const UNSIGNED_OF: Partial<Record<IntKind, IntKind>> = {
  char: 'uchar', schar: 'uchar', short: 'ushort', int: 'uint', long: 'ulong', llong: 'ullong',
};

export function toUnsigned(ik: IntKind): IntKind { return UNSIGNED_OF[ik] ?? ik; }

// ---- predicates -------------------------------------------------------------

export const isInteger = (t: CType): t is Extract<CType, { kind: 'int' }> => t.kind === 'int';
export const isFloating = (t: CType): t is Extract<CType, { kind: 'float' }> => t.kind === 'float';
export const isArithmetic = (t: CType): boolean => t.kind === 'int' || t.kind === 'float';
export const isPointer = (t: CType): t is Extract<CType, { kind: 'pointer' }> => t.kind === 'pointer';
export const isScalar = (t: CType): boolean => isArithmetic(t) || t.kind === 'pointer';
export const isRecord = (t: CType): t is Extract<CType, { kind: 'record' }> => t.kind === 'record';
export const isVoid = (t: CType): boolean => t.kind === 'void';

export function isComplete(t: CType): boolean {
  switch (t.kind) {
    case 'void': return false;
    case 'function': return false;
    case 'array': return (t.length !== undefined || t.vla !== undefined) && isComplete(t.of);
    case 'record': return t.rec.members !== undefined;
    default: return true;
  }
}

/** The type without top-level qualifiers (C17 6.3.2.1p2: lvalue conversion drops them). */
export function unqualified(t: CType): CType {
  if (!t.q) return t;
  return rebuilt(t, undefined);
}

export function withQualifiers(t: CType, q: Qualifiers): CType {
  if (!q.const && !q.volatile && !q.restrict) return t;
  return rebuilt(t, { ...t.q, ...q });
}

/**
 * `t` with its qualifiers replaced by `q` (none if undefined). Built field by field: an object
 * spread or rest over a type of any kind takes V8's slow generic path, and sema does this for
 * nearly every expression.
 */
function rebuilt(t: CType, q: Qualifiers | undefined): CType {
  const u = unqualifiedCopy(t);
  if (q !== undefined) (u as { q?: Qualifiers }).q = q;
  return u;
}

/** A fresh copy of `t` without `q`, every other field kept. */
function unqualifiedCopy(t: CType): CType {
  switch (t.kind) {
    case 'void': return { kind: 'void' };
    case 'int': return t.enumName === undefined ? { kind: 'int', ik: t.ik } : { kind: 'int', ik: t.ik, enumName: t.enumName };
    case 'float': return { kind: 'float', fk: t.fk };
    case 'pointer': return { kind: 'pointer', to: t.to };
    case 'array':
      return t.vla === undefined ? { kind: 'array', of: t.of, length: t.length } : { kind: 'array', of: t.of, length: t.length, vla: t.vla };
    case 'function': return { kind: 'function', ret: t.ret, params: t.params, variadic: t.variadic, prototyped: t.prototyped };
    case 'record': return { kind: 'record', rec: t.rec };
  }
}

// ---- layout (System V x86-64) ------------------------------------------------

export function sizeOf(t: CType): number {
  switch (t.kind) {
    case 'void': throw new LayoutError('void has no size');
    case 'function': throw new LayoutError('a function type has no size');
    case 'int': return INT_INFO[t.ik].size;
    case 'float': return t.fk === 'float' ? 4 : t.fk === 'double' ? 8 : 16;
    case 'pointer': return 8;
    case 'array':
      if (t.vla) throw new LayoutError('a variable length array has no size at compile time');
      if (t.length === undefined) throw new LayoutError('array of unknown size');
      return t.length * sizeOf(t.of);
    case 'record':
      if (!t.rec.members) throw new LayoutError(`incomplete type '${typeToString(t)}'`);
      return t.rec.size;
  }
}

export function alignOf(t: CType): number {
  switch (t.kind) {
    case 'array': return alignOf(t.of);
    case 'record':
      if (!t.rec.members) throw new LayoutError(`incomplete type '${typeToString(t)}'`);
      return t.rec.align;
    case 'void': case 'function': return 1;
    default: return sizeOf(t);
  }
}

export function alignTo(n: number, align: number): number {
  return Math.ceil(n / align) * align;
}

/** A member as sema hands it to layout. */
export interface MemberDecl {
  readonly name: string | undefined;
  readonly type: CType;
  /** A bit-field's width (0 for `T : 0`). */
  readonly bitWidth?: number;
  /** `_Alignas` / `__attribute__((aligned))` on the member: its alignment at least this. */
  readonly align?: number;
  /** `__attribute__((packed))` on the member: alignment 1. */
  readonly packed?: boolean;
}

/**
 * Lays out the members of a struct or union in declaration order and completes
 * `rec`, as gcc does on x86-64 (System V ABI 3.1.2):
 * - each member at the next offset aligned for its type (1 when packed, at
 *   least an `_Alignas` request); size rounded up to the largest alignment;
 * - a bit-field takes the next bits unless they would cross a boundary of its
 *   declared type's size (packed: never moved); `T : 0` moves to the next such
 *   boundary; unnamed bit-fields neither appear as members nor count towards
 *   the record's alignment; named ones count with their type's alignment.
 * A bit-field member's `offset` is the byte holding its first bit and
 * `bitOffset` the bit in that byte (little-endian), so it lives in the
 * `ceil((bitOffset + bitWidth) / 8)` bytes from `offset`.
 */
export function layoutRecord(rec: RecordInfo, members: readonly MemberDecl[], opts: { packed?: boolean } = {}): void {
  let bit = 0;
  let align = 1;
  let sizeBits = 0;
  const laidOut: RecordMember[] = [];
  members.forEach((m, i) => {
    const packed = opts.packed === true || m.packed === true;
    const natural = packed ? 1 : alignOf(m.type);
    const a = Math.max(natural, m.align ?? 1);
    if (m.bitWidth !== undefined) {
      const w = m.bitWidth;
      const unit = sizeOf(m.type) * 8;
      let at = rec.isUnion ? 0 : bit;
      if (w === 0) {
        if (!rec.isUnion) bit = alignTo(bit, unit);
        return;
      }
      if (!packed && Math.floor(at / unit) !== Math.floor((at + w - 1) / unit)) at = alignTo(at, unit);
      if (m.name !== undefined) {
        laidOut.push({ name: m.name, type: m.type, offset: Math.floor(at / 8), bitOffset: at % 8, bitWidth: w });
        align = Math.max(align, a);
      }
      if (rec.isUnion) sizeBits = Math.max(sizeBits, w);
      else { bit = at + w; sizeBits = bit; }
      return;
    }
    align = Math.max(align, a);
    const isFlexible = m.type.kind === 'array' && m.type.length === undefined && i === members.length - 1 && !rec.isUnion;
    if (rec.isUnion) {
      laidOut.push(a < alignOf(m.type) ? { name: m.name, type: m.type, offset: 0, align: a } : { name: m.name, type: m.type, offset: 0 });
      sizeBits = Math.max(sizeBits, sizeOf(m.type) * 8);
    } else {
      bit = alignTo(bit, a * 8);
      laidOut.push(a < alignOf(m.type) ? { name: m.name, type: m.type, offset: bit / 8, align: a } : { name: m.name, type: m.type, offset: bit / 8 });
      if (isFlexible) rec.hasFlexibleArray = true;
      else bit += sizeOf(m.type) * 8;
      sizeBits = bit;
    }
  });
  rec.members = laidOut;
  rec.align = align;
  rec.size = alignTo(Math.ceil(sizeBits / 8), align);
}

// ---- conversions ----------------------------------------------------------------

/** C17 6.3.1.1p2: integer promotion. Non-integers are returned unchanged. */
export function promote(t: CType): CType {
  if (t.kind !== 'int') return unqualified(t);
  return INT_INFO[t.ik].rank < INT_INFO.int.rank ? INT : INT_TYPE[t.ik];
}


/**
 * C17 6.3.1.8: the usual arithmetic conversions, returning the common real type.
 * 1. If either is long double, double or float, the other converts to it (in that order).
 * 2. Otherwise both are promoted; if they then have the same type, that is it.
 * 3. Same signedness: the one of lesser rank converts to the greater.
 * 4. Unsigned of rank >= the signed one's: to the unsigned type.
 * 5. Signed type can represent every value of the unsigned: to the signed type.
 * 6. Otherwise: to the unsigned type corresponding to the signed type.
 */
export function usualArithmetic(a: CType, b: CType): CType {
  if (a.kind === 'float' || b.kind === 'float') {
    const fa = a.kind === 'float' ? a.fk : undefined, fb = b.kind === 'float' ? b.fk : undefined;
    if (fa === 'ldouble' || fb === 'ldouble') return LDOUBLE;
    if (fa === 'double' || fb === 'double') return DOUBLE;
    return FLOAT;
  }
  const pa = promote(a), pb = promote(b);
  if (pa.kind !== 'int' || pb.kind !== 'int') throw new LayoutError('usual arithmetic conversions on non-arithmetic types');
  if (pa.ik === pb.ik) return pa;
  const ia = INT_INFO[pa.ik], ib = INT_INFO[pb.ik];
  if (ia.signed === ib.signed) return ia.rank >= ib.rank ? pa : pb;
  const u = ia.signed ? pb : pa, s = ia.signed ? pa : pb;
  const iu = INT_INFO[u.ik], is = INT_INFO[s.ik];
  if (iu.rank >= is.rank) return u;
  if (is.size > iu.size) return s;
  return INT_TYPE[toUnsigned(s.ik)];
}

// ---- compatibility and printing ------------------------------------------------

/** C17 6.2.7 compatible types (qualifiers must match at every level below the top). */
export function compatible(a: CType, b: CType, ignoreTopQualifiers = true): boolean {
  if (!ignoreTopQualifiers && !sameQualifiers(a.q, b.q)) return false;
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'void': return true;
    case 'int': return a.ik === (b as typeof a).ik;
    case 'float': return a.fk === (b as typeof a).fk;
    case 'pointer': return compatible(a.to, (b as typeof a).to, false);
    case 'array': {
      const bb = b as typeof a;
      return compatible(a.of, bb.of, false) && (a.length === undefined || bb.length === undefined || a.length === bb.length);
    }
    case 'record': return a.rec === (b as typeof a).rec;
    case 'function': {
      const bb = b as typeof a;
      if (!compatible(a.ret, bb.ret)) return false;
      if (!a.prototyped || !bb.prototyped) return true;
      return a.variadic === bb.variadic && a.params.length === bb.params.length &&
        a.params.every((p, i) => compatible(p, bb.params[i]!));
    }
  }
}

function sameQualifiers(a: Qualifiers | undefined, b: Qualifiers | undefined): boolean {
  return !!a?.const === !!b?.const && !!a?.volatile === !!b?.volatile && !!a?.restrict === !!b?.restrict;
}

const INT_NAMES: Record<IntKind, string> = {
  bool: '_Bool', char: 'char', schar: 'signed char', uchar: 'unsigned char', short: 'short',
  ushort: 'unsigned short', int: 'int', uint: 'unsigned int', long: 'long', ulong: 'unsigned long',
  llong: 'long long', ullong: 'unsigned long long',
};

/** The type as a C programmer writes it, e.g. `int *(*)[3]`, for messages. */
export function typeToString(t: CType): string {
  return render(t, '').trim();
}

function qualPrefix(q: Qualifiers | undefined): string {
  return (q?.const ? 'const ' : '') + (q?.volatile ? 'volatile ' : '') + (q?.restrict ? 'restrict ' : '');
}

function render(t: CType, inner: string): string {
  switch (t.kind) {
    case 'void': return `${qualPrefix(t.q)}void${pad(inner)}`;
    case 'int': return `${qualPrefix(t.q)}${t.enumName ? `enum ${t.enumName}` : INT_NAMES[t.ik]}${pad(inner)}`;
    case 'float': return `${qualPrefix(t.q)}${t.fk === 'ldouble' ? 'long double' : t.fk}${pad(inner)}`;
    case 'record': return `${qualPrefix(t.q)}${t.rec.isUnion ? 'union' : 'struct'} ${t.rec.tag ?? '<anonymous>'}${pad(inner)}`;
    case 'pointer': {
      const q = t.q?.const ? ' const' : '';
      const needParens = t.to.kind === 'array' || t.to.kind === 'function';
      const s = `*${q}${inner ? (q ? ' ' : '') + inner : ''}`;
      return render(t.to, needParens ? `(${s})` : s);
    }
    case 'array': return render(t.of, `${inner}[${t.length ?? (t.vla ? '*' : '')}]`);
    case 'function': {
      const ps = t.params.map(typeToString);
      if (t.variadic) ps.push('...');
      const list = ps.length ? ps.join(', ') : t.prototyped ? 'void' : '';
      return render(t.ret, `${inner}(${list})`);
    }
  }
}

function pad(inner: string): string {
  return inner ? ` ${inner}` : '';
}
