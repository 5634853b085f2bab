/**
 * Lvalues (C17 6.3.2.1p1) as places: a register local, or memory at an
 * address. `var`, `deref`, `member`, `compoundLiteral` and `string` lower
 * here; reading a place is a `use` of the register or a `load`, writing it
 * an `assign` or a `store`.
 *
 * A bit-field member is a `bits` place: the bytes that hold its bits, read
 * with `bitLoad` and written with `bitStore`.
 *
 * Deliberately not here: computing conversions (sema made them explicit).
 *
 * Invariant: a memory place's address is a ptr operand evaluated exactly
 * once, so `x op= y` and `x++` compute the target's address a single time.
 */
import type { CType } from '../../frontend/ctypes.js';
import { alignOf, isRecord, isScalar, unqualified } from '../../frontend/ctypes.js';
import type { Span } from '../../frontend/source.js';
import type { TExpr, VarSymbol } from '../../frontend/typed-ast.js';
import type { LocalId, Operand, Rvalue } from '../ir.js';
import { isBoolType, scalarKindOf } from '../kinds.js';
import type { FnBuilder } from './function.js';
import { malformed, unsupported } from './errors.js';
import { rvalue, recordValue } from './expressions.js';
import { initObject } from './initializers.js';
import { defineStaticObject } from './static-init.js';
import { intOperand } from './convert.js';

export type Place =
  | { readonly k: 'reg'; readonly id: LocalId; readonly type: CType }
  /** `align`, when set, is less than the type's: the place is (inside) a member of a packed record. */
  | { readonly k: 'mem'; readonly addr: Operand; readonly type: CType; readonly align?: number }
  /** A bit-field: `width` bits from bit `shift` of the `nbytes` bytes at `addr`. */
  | { readonly k: 'bits'; readonly addr: Operand; readonly type: CType; readonly nbytes: number; readonly shift: number; readonly width: number };

/** The bytes a bit-field occupies from its first byte. */
export function bitFieldBytes(shift: number, width: number): number {
  return Math.ceil((shift + width) / 8);
}

/** The place an lvalue designates (evaluating its address, and initializing a compound literal). */
export function placeOf(fb: FnBuilder, e: TExpr): Place {
  if (fb.unsequenced.size !== 0) fb.checkSequencing(e);
  const type = unqualified(e.type);
  switch (e.k) {
    case 'var': return varPlace(fb, e.sym, type);
    case 'deref': {
      // An element of an array member of a packed record (`s.arr[i]`): gcc accesses it as possibly unaligned too.
      return memPlace(rvalue(fb, e.ptr), type, packedAlign(e));
    }
    case 'member': {
      const object = placeOf(fb, e.object);
      if (object.k !== 'mem') return malformed(e.span, `a member of a ${object.k === 'reg' ? 'register' : 'bit-field'} place`);
      const addr = offsetAddress(fb, object.addr, e.member.offset, e.span);
      const width = e.member.bitWidth;
      if (width === undefined) {
        // A member of a packed record, or anything inside one, may lie at any address gcc's layout gave it.
        return memPlace(addr, type, packedAlign(e));
      }
      const shift = e.member.bitOffset ?? 0;
      return { k: 'bits', addr, type, nbytes: bitFieldBytes(shift, width), shift, width };
    }
    case 'compoundLiteral': {
      // C17 6.5.2.5p5-6: an unnamed object, initialized each time the literal is evaluated.
      if (e.sym.storage === 'global') defineStaticObject(fb.ctx, e.sym, e.init, e.span);
      else initObject(fb, e.sym, e.init, e.span);
      return varPlace(fb, e.sym, type);
    }
    case 'string':
      return { k: 'mem', addr: { k: 'globalAddr', global: fb.ctx.stringLiteral(e, e.bytes, e.type, e.span) }, type };
    default:
      // A record rvalue (a call result, an assignment...) used where its object is needed: `f().x`.
      if (isRecord(e.type)) return { k: 'mem', addr: recordValue(fb, e), type };
      return malformed(e.span, `'${e.k}' used as an lvalue`);
  }
}

/** A memory place, which records `align` only when a packed record lowers it below the type's. */
function memPlace(addr: Operand, type: CType, align: number | undefined): Place {
  return align !== undefined && align < alignOf(type) ? { k: 'mem', addr, type, align } : { k: 'mem', addr, type };
}

/**
 * The alignment that `ptr` (an array inside a packed record, decayed, plus
 * an index: `s.arr[i]`, `*s.arr`) is known to have, when the packed record
 * lowers it below the element type's; undefined otherwise. A pointer that
 * went through a variable or a cast has lost it, as in gcc.
 */
function packedElementAlign(ptr: TExpr): number | undefined {
  const base = ptr.k === 'ptrAdd' ? ptr.ptr : ptr;
  return base.k === 'decay' ? packedAlign(base.lvalue) : undefined;
}

/** The alignment a member access (or an element of an array member) inherits from packed records. */
function packedAlign(e: TExpr): number | undefined {
  if (e.k === 'member') {
    const outer = packedAlign(e.object);
    const own = e.member.align;
    return outer === undefined ? own : own === undefined ? outer : Math.min(outer, own);
  }
  if (e.k === 'deref') return packedElementAlign(e.ptr);
  return undefined;
}

export function varPlace(fb: FnBuilder, sym: VarSymbol, type: CType): Place {
  const home = fb.home(sym);
  switch (home.k) {
    case 'reg': return { k: 'reg', id: home.id, type };
    case 'slot': return { k: 'mem', addr: { k: 'slotAddr', slot: home.id }, type };
    case 'indirect': return { k: 'mem', addr: { k: 'local', id: home.ptr }, type };
    case 'global':
      if (sym.storage === 'function') return { k: 'mem', addr: { k: 'funcAddr', name: fb.ctx.functionName(sym) }, type };
      return { k: 'mem', addr: { k: 'globalAddr', global: fb.ctx.globalOf(sym) }, type };
  }
}

/** The address of an lvalue, or of the object holding a record rvalue (C17 6.5.3.2p3). */
export function addressOf(fb: FnBuilder, e: TExpr): Operand {
  const place = placeOf(fb, e);
  if (place.k === 'reg') return malformed(e.span, `the address of register variable (sema did not mark it address-taken)`);
  if (place.k === 'bits') return malformed(e.span, 'the address of a bit-field');
  return place.addr;
}

/** `base + offset` bytes for a member or element inside one object: no bounds check (it is not C pointer arithmetic). */
export function offsetAddress(fb: FnBuilder, base: Operand, offset: number, span: Span): Operand {
  if (offset === 0) return base;
  const dst = fb.newLocal('', 'ptr');
  fb.assign(dst, { k: 'ptrAdd', ptr: base, index: intOperand('i64', BigInt(offset)), indexKind: 'i64', scale: 1, check: false }, span);
  return { k: 'local', id: dst };
}

/** The value of a scalar place (C17 6.3.2.1p2): the register itself, or a load. */
export function readPlace(fb: FnBuilder, place: Place, span: Span): Operand {
  if (place.k === 'reg') return { k: 'local', id: place.id };
  if (!isScalar(place.type)) return malformed(span, `a read of a whole '${place.type.kind}' as a scalar value`);
  const kind = scalarKindOf(place.type);
  const dst = fb.tempFor(place.type);
  if (place.k === 'bits') {
    fb.assign(dst, { k: 'bitLoad', ptr: place.addr, nbytes: place.nbytes, shift: place.shift, width: place.width, kind }, span);
    return { k: 'local', id: dst };
  }
  const load: Rvalue = isBoolType(place.type) ? { k: 'load', ptr: place.addr, kind, isBool: true } : { k: 'load', ptr: place.addr, kind };
  fb.assign(dst, place.align === undefined ? load : { ...load, align: place.align }, span);
  return { k: 'local', id: dst };
}

/**
 * Store `value` into a scalar place; returns the value the place now holds
 * (`value`, except for a bit-field, which keeps only its low bits: C17
 * 6.5.16p3 makes that the value of the assignment).
 */
export function writePlace(fb: FnBuilder, place: Place, value: Operand, span: Span): Operand {
  const kind = scalarKindOf(place.type);
  switch (place.k) {
    case 'reg': fb.assign(place.id, { k: 'use', a: value }, span); return value;
    case 'mem':
      fb.emit(place.align === undefined ? { k: 'store', ptr: place.addr, value, kind, span } : { k: 'store', ptr: place.addr, value, kind, span, align: place.align });
      return value;
    case 'bits':
      fb.emit({ k: 'bitStore', ptr: place.addr, nbytes: place.nbytes, shift: place.shift, width: place.width, value, kind, span });
      return readPlace(fb, place, span);
  }
}
