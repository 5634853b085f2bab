/**
 * Initial images of objects with static storage (C17 6.7.9p4, 6.6): built at
 * compile time, so no code runs before `main`.
 *
 * Every initializer of a static object is a constant expression (sema
 * checks it): arithmetic constants, null pointers, and address constants
 * (6.6p9: the address of a static object or function, a string literal, an
 * array or function designator, plus or minus an integer constant, through
 * casts). Integers and floats are encoded little-endian into one `bytes`
 * item; addresses become `globalPtr`/`funcPtr` items with their addend.
 *
 * Deliberately not here: anything that needs run time (sema rejects it;
 * reaching it here is an 'unsupported' error at the expression).
 *
 * Invariant: items apply in order, so a later item overrides what an
 * earlier one wrote at the same bytes (designators overriding, 6.7.9p19).
 */
import type { CType } from '../../frontend/ctypes.js';
import { sizeOf } from '../../frontend/ctypes.js';
import type { Span } from '../../frontend/source.js';
import type { BitField, TExpr, TInit, TInitItem, VarSymbol } from '../../frontend/typed-ast.js';
import type { GlobalId, GlobalInit } from '../ir.js';
import { scalarSize } from '../ir.js';
import { scalarKindOf } from '../kinds.js';
import type { ModuleContext } from './module-context.js';
import { assertNever, unsupported } from './errors.js';
import { evalConst, type ConstValue } from './const-eval.js';
import { bitFieldBytes } from './places.js';

/** The global for a static object (a static compound literal), building its image the first time. */
export function defineStaticObject(ctx: ModuleContext, sym: VarSymbol, init: TInit | undefined, span: Span): GlobalId {
  const { id, isNew } = ctx.reserve(sym, !!sym.type.q?.const, span);
  if (isNew && init) setStaticImage(ctx, id, sym.type, init, span);
  return id;
}

export function setStaticImage(ctx: ModuleContext, id: GlobalId, type: CType, init: TInit, span: Span): void {
  const image = new Image(Math.max(extent(init.items, 0), 0));
  apply(ctx, image, init.items, 0, span);
  ctx.setImage(id, image.items(), Math.max(sizeOfOr(type, 0), image.bytes.length));
}

function sizeOfOr(t: CType, fallback: number): number {
  try { return sizeOf(t); } catch { return fallback; }
}

/** One past the last byte the items write (zero items only clear, so they don't count). */
function extent(items: readonly TInitItem[], base: number): number {
  let end = 0;
  for (const item of items) {
    const at = base + item.offset;
    switch (item.k) {
      case 'scalar': end = Math.max(end, at + (item.bits ? bitFieldBytes(item.bits.bitOffset, item.bits.width) : scalarSize(scalarKindOf(item.type)))); break;
      case 'bytes': end = Math.max(end, at + item.data.length); break;
      case 'copy': end = Math.max(end, at + sizeOfOr(item.expr.type, 0)); break;
      case 'zero': break;
      default: assertNever(item);
    }
  }
  return end;
}

/** Bytes plus pointer relocations, as the machine writes them: bytes first, then each pointer. */
class Image {
  readonly bytes: Uint8Array;
  private readonly relocs = new Map<number, GlobalInit>();

  constructor(size: number) {
    this.bytes = new Uint8Array(size);
  }

  /** Forget pointers overlapping [from, to): the bytes there were overwritten. */
  clear(from: number, to: number): void {
    if (this.relocs.size === 0) return;
    for (let at = Math.max(0, from - 7); at < to; at++) this.relocs.delete(at);
  }

  write(at: number, data: Uint8Array): void {
    this.clear(at, at + data.length);
    this.bytes.set(data, at);
  }

  pointer(item: GlobalInit): void {
    this.write(item.offset, new Uint8Array(8));
    this.relocs.set(item.offset, item);
  }

  items(): GlobalInit[] {
    const out: GlobalInit[] = [];
    let first = 0;
    let last = this.bytes.length;
    while (first < last && this.bytes[first] === 0) first++;
    while (last > first && this.bytes[last - 1] === 0) last--;
    if (last > first) out.push({ k: 'bytes', offset: first, data: this.bytes.slice(first, last) });
    return out.concat([...this.relocs.values()].sort((a, b) => a.offset - b.offset));
  }
}

function apply(ctx: ModuleContext, image: Image, items: readonly TInitItem[], base: number, span: Span): void {
  for (const item of items) {
    const at = base + item.offset;
    switch (item.k) {
      case 'scalar':
        if (item.bits) writeBits(image, at, item.bits, evalConst(ctx, item.expr), item.expr.span);
        else writeScalar(image, at, item.type, evalConst(ctx, item.expr), item.expr.span);
        break;
      case 'zero': {
        const end = Math.min(at + item.size, image.bytes.length);
        if (end > at) image.write(at, new Uint8Array(end - at));
        break;
      }
      case 'bytes': image.write(at, item.data); break;
      case 'copy': apply(ctx, image, recordConstant(item.expr).items, at, span); break;
      default: assertNever(item, span);
    }
  }
}

/** A record-typed static initializer must be a compound literal (a GNU extension gcc accepts). */
function recordConstant(e: TExpr): TInit {
  if (e.k === 'compoundLiteral') return e.init;
  if (e.k === 'load') return recordConstant(e.lvalue);
  return unsupported(e.span, 'initializer element is not constant');
}

function writeScalar(image: Image, at: number, type: CType, c: ConstValue, span: Span): void {
  const kind = scalarKindOf(type);
  const size = scalarSize(kind);
  switch (c.k) {
    case 'int': image.write(at, intBytes(c.value, size)); return;
    case 'float': image.write(at, floatBytes(c.value, size)); return;
    case 'addr':
      if (c.target === undefined) { image.write(at, intBytes(BigInt(c.addend), size)); return; }
      if (size !== 8) return unsupported(span, 'initializer element is not computable at load time (an address in a narrower integer)');
      if (c.target.k === 'global') image.pointer({ k: 'globalPtr', offset: at, global: c.target.id, addend: c.addend });
      else if (c.addend === 0) image.pointer({ k: 'funcPtr', offset: at, name: c.target.name });
      else unsupported(span, 'an offset from a function address in a static initializer');
      return;
    default: assertNever(c, span);
  }
}

/** A constant bit-field: its low bits merged into the bytes already in the image. */
function writeBits(image: Image, at: number, bits: BitField, c: ConstValue, span: Span): void {
  if (c.k !== 'int') return unsupported(span, 'initializer element is not an integer constant');
  const n = bitFieldBytes(bits.bitOffset, bits.width);
  let word = 0n;
  for (let i = n - 1; i >= 0; i--) word = (word << 8n) | BigInt(image.bytes[at + i] ?? 0);
  const mask = ((1n << BigInt(bits.width)) - 1n) << BigInt(bits.bitOffset);
  word = (word & ~mask) | ((BigInt.asUintN(bits.width, c.value) << BigInt(bits.bitOffset)) & mask);
  image.write(at, intBytes(word, n));
}

export function intBytes(value: bigint, size: number): Uint8Array {
  const out = new Uint8Array(size);
  let v = BigInt.asUintN(size * 8, value);
  for (let i = 0; i < size; i++) { out[i] = Number(v & 0xffn); v >>= 8n; }
  return out;
}

function floatBytes(value: number, size: number): Uint8Array {
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  if (size === 4) view.setFloat32(0, value, true);
  else view.setFloat64(0, value, true); // long double is computed as double (ctypes.ts); its upper bytes stay zero
  return out;
}
