/**
 * Positions inside an object being initialized, and designators (C17
 * 6.7.9p6-8, p17-18): `.member` and `[index]` (GNU: `[lo ... hi]`), nested,
 * in any order.
 *
 * A frame is one aggregate and the index of its next subobject. A
 * designation starts from the brace level's own frame and pushes a frame
 * for each designator after the first, so that initialization then
 * continues "with the next subobject after the one designated" inside the
 * innermost aggregate, as 6.7.9p17 requires. A member found inside an
 * anonymous struct or union pushes a frame for that member too.
 *
 * Deliberately not here: what is stored (initializers.ts).
 *
 * Invariant: `frame.index` is a valid member index (records) or a
 * non-negative element index (arrays), unless the frame is full.
 */
import type { Designator } from '../ast.js';
import type { CType } from '../ctypes.js';
import type { Flattener, Node } from './initializers.js';
import { findMember } from './records.js';
import { integerConstantExpression } from './expressions.js';

export interface Frame {
  readonly type: CType;
  readonly offset: number;
  readonly node: Node;
  /** Index of the next subobject to initialize. */
  index: number;
  /** One past the highest index initialized: the length of an array of unknown size. */
  max: number;
  /** A union whose one member was initialized. */
  done: boolean;
  /** Set by a GNU range designator: the last index the initializer applies to. */
  rangeLast?: number;
}

/** How many subobjects are initialized in order: an array's elements, a struct's members before a flexible array. */
export function memberCount(t: CType): number {
  if (t.kind === 'array') return t.length ?? Infinity;
  if (t.kind !== 'record') return 0;
  const n = t.rec.members?.length ?? 0;
  return t.rec.hasFlexibleArray ? n - 1 : n;
}

export function frameFull(f: Frame): boolean {
  if (f.type.kind === 'record' && f.type.rec.isUnion) return f.done || memberCount(f.type) === 0;
  return f.index >= memberCount(f.type);
}

/** Move past the subobject just initialized. */
export function advance(f: Frame): void {
  f.index++;
  f.max = Math.max(f.max, f.index);
  if (f.type.kind === 'record' && f.type.rec.isUnion) f.done = true;
}

function pushFrame(fl: Flattener, stack: Frame[], frame: Frame): Frame {
  const sub = fl.position(frame);
  const next: Frame = { type: sub.type, offset: sub.offset, node: sub.node, index: 0, max: 0, done: false };
  stack.push(next);
  return next;
}

/**
 * Follow a designation from the brace level's frame (`stack[0]`); returns
 * the frame positioned at the designated subobject, or undefined after an
 * error.
 */
export function designate(fl: Flattener, stack: Frame[], designators: readonly Designator[]): Frame | undefined {
  let frame = stack[0]!;
  for (let i = 0; i < designators.length; i++) {
    const d = designators[i]!;
    if (i > 0) {
      const current = fl.position(frame).type;
      if (current.kind !== 'record' && current.kind !== 'array') {
        fl.ctx.error(d.span, d.kind === 'field' ? 'field name not in record or union initializer' : 'array index in non-array initializer');
        return undefined;
      }
      frame = pushFrame(fl, stack, frame);
    }
    const ok = d.kind === 'field' ? fieldDesignator(fl, stack, frame, d) : indexDesignator(fl, frame, d, i === designators.length - 1);
    if (!ok) return undefined;
    frame = stack[stack.length - 1]!;
  }
  return frame;
}

/** `.name`, possibly inside anonymous members (each gets a frame). */
function fieldDesignator(fl: Flattener, stack: Frame[], frame: Frame, d: Extract<Designator, { kind: 'field' }>): boolean {
  const t = frame.type;
  if (t.kind !== 'record') {
    fl.ctx.error(d.span, 'field name not in record or union initializer');
    return false;
  }
  const path = findMember(t.rec, d.name);
  if (!path) {
    fl.ctx.error(d.span, `unknown field '${d.name}' specified in initializer`);
    return false;
  }
  let f = frame;
  for (let j = 0; j < path.length; j++) {
    if (j > 0) f = pushFrame(fl, stack, f);
    const rec = (f.type as Extract<CType, { kind: 'record' }>).rec;
    const index = path[j]!.index;
    if (rec.hasFlexibleArray && index === rec.members!.length - 1) {
      fl.ctx.unsupported(d.span, 'initialization of a flexible array member is not supported yet');
      return false;
    }
    f.index = index;
    f.done = false;
  }
  return true;
}

/** `[index]` or `[lo ... hi]` (the latter only as the last designator). */
function indexDesignator(fl: Flattener, frame: Frame, d: Extract<Designator, { kind: 'index' }>, last: boolean): boolean {
  const t = frame.type;
  if (t.kind !== 'array') {
    fl.ctx.error(d.span, 'array index in non-array initializer');
    return false;
  }
  const lo = integerConstantExpression(fl.ctx, d.index, 'nonconstant array index in initializer');
  const hi = d.last ? integerConstantExpression(fl.ctx, d.last, 'nonconstant array index in initializer') : lo;
  if (lo === undefined || hi === undefined) return false;
  const outOfBounds = (v: bigint): boolean => v < 0n || (t.length !== undefined && v >= BigInt(t.length)) || v >= 1n << 31n;
  if (outOfBounds(lo) || outOfBounds(hi)) {
    fl.ctx.error(d.span, 'array index in initializer exceeds array bounds');
    return false;
  }
  if (hi < lo) {
    fl.ctx.error(d.span, 'empty index range in initializer');
    return false;
  }
  if (hi - lo >= 1n << 20n) {
    fl.ctx.unsupported(d.span, 'an index range of more than 2^20 elements in an initializer is not supported yet');
    return false;
  }
  if (d.last && !last) {
    fl.ctx.unsupported(d.span, 'a designator after an index range is not supported yet');
    return false;
  }
  frame.index = Number(lo);
  // The designated elements exist even when a nested designator initializes only part of them
  // (`[2].y = 5` sizes an array of unknown length to 3).
  frame.max = Math.max(frame.max, Number(hi) + 1);
  if (d.last) frame.rangeLast = Number(hi);
  return true;
}
