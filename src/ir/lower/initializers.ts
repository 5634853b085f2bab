/**
 * Initialization of automatic objects and compound literals (C17 6.7.9):
 * the flattened items sema produced, in order, as stores, zeroing, copies
 * of a string literal's bytes (6.7.9p14) and record copies.
 *
 * Deliberately not here: static storage, whose initial image is built at
 * compile time (static-init.ts); no code runs before `main`.
 *
 * Invariant: bytes no item covers (padding) are left untouched, so an
 * automatic object's padding stays uninitialized as C says (6.7.9p10 only
 * zeroes padding of static objects).
 */
import { alignOf, sizeOf } from '../../frontend/ctypes.js';
import type { Span } from '../../frontend/source.js';
import type { TInit, TInitItem, VarSymbol } from '../../frontend/typed-ast.js';
import type { LocalId, Operand } from '../ir.js';
import { scalarKindOf } from '../kinds.js';
import type { FnBuilder } from './function.js';
import { assertNever, malformed } from './errors.js';
import { intOperand, floatOperand, NULL_OPERAND } from './convert.js';
import { recordValue, rvalue } from './expressions.js';
import { bitFieldBytes, offsetAddress, varPlace } from './places.js';

/** Run the initializer `init` of the automatic object `sym`. */
export function initObject(fb: FnBuilder, sym: VarSymbol, init: TInit, span: Span): void {
  const place = varPlace(fb, sym, sym.type);
  if (place.k === 'reg') {
    for (const item of init.items) initRegister(fb, place.id, item, span);
    return;
  }
  const objectAlign = Math.max(alignOf(sym.type), sym.align ?? 1);
  for (const item of init.items) initMemory(fb, place.addr, item, span, objectAlign);
}

function initRegister(fb: FnBuilder, id: LocalId, item: TInitItem, span: Span): void {
  if (item.offset !== 0) return malformed(span, 'an initializer item inside a scalar');
  switch (item.k) {
    case 'scalar': fb.assign(id, { k: 'use', a: rvalue(fb, item.expr) }, item.expr.span); return;
    case 'zero': fb.assign(id, { k: 'use', a: zeroOf(fb.locals[id]!.kind) }, span); return;
    case 'bytes': case 'copy': return malformed(span, `a '${item.k}' initializer for a scalar`);
    default: return assertNever(item, span);
  }
}

function zeroOf(kind: ReturnType<typeof scalarKindOf>): Operand {
  if (kind === 'ptr') return NULL_OPERAND;
  if (kind === 'f32' || kind === 'f64') return floatOperand(kind, 0);
  return intOperand(kind, 0n);
}

/** `objectAlign`: the alignment of the object `base` points to, which a member of a packed record may not reach. */
function initMemory(fb: FnBuilder, base: Operand, item: TInitItem, span: Span, objectAlign: number): void {
  switch (item.k) {
    case 'scalar': {
      const value = rvalue(fb, item.expr);
      const ptr = offsetAddress(fb, base, item.offset, item.expr.span);
      const kind = scalarKindOf(item.type);
      if (item.bits) {
        const { bitOffset: shift, width } = item.bits;
        fb.emit({ k: 'bitStore', ptr, nbytes: bitFieldBytes(shift, width), shift, width, value, kind, span: item.expr.span });
      } else {
        // The alignment the item's address is known to have (a packed member's may be less than its type's).
        const align = item.offset === 0 ? objectAlign : Math.min(objectAlign, item.offset & -item.offset);
        fb.emit(align < alignOf(item.type)
          ? { k: 'store', ptr, value, kind, span: item.expr.span, align }
          : { k: 'store', ptr, value, kind, span: item.expr.span });
      }
      return;
    }
    case 'zero':
      fb.emit({ k: 'zero', dst: offsetAddress(fb, base, item.offset, span), size: item.size, span });
      return;
    case 'bytes': {
      const global = fb.ctx.stringLiteral(item.data, item.data, undefined, span);
      fb.emit({ k: 'copy', dst: offsetAddress(fb, base, item.offset, span), src: { k: 'globalAddr', global }, size: item.data.length, span });
      return;
    }
    case 'copy': {
      const src = recordValue(fb, item.expr);
      const dst = offsetAddress(fb, base, item.offset, item.expr.span);
      fb.emit({ k: 'copy', dst, src, size: sizeOf(item.expr.type), span: item.expr.span });
      return;
    }
    default: return assertNever(item, span);
  }
}
