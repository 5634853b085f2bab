/**
 * Initializers (C17 6.7.9), flattened to the scalars they store.
 *
 * A brace-enclosed list initializes a "current object" in order, moving to
 * the next subobject after each initializer (6.7.9p17); a designator moves
 * the position anywhere inside the current object (p18); an expression where
 * an aggregate subobject comes next initializes that subobject's first
 * scalar, consuming as many initializers as the subobject needs (brace
 * elision, p20). A string literal initializes a character array (p14) and an
 * expression of record type initializes a record as a whole (p13).
 *
 * The traversal keeps a stack of frames (aggregate, position) for the brace
 * level being read: brace elision and nested designators push frames, and a
 * frame that is full pops back to its parent. What was initialized is
 * recorded in a tree mirroring the object (`Node`), so that, at the end, a
 * `zero` item covers every member and element no initializer named (p10,
 * p21), without covering padding between named ones. A later initializer for
 * the same subobject wins (p19): items are kept in order, and a brace list
 * for a subobject forgets what was known inside it, so its leftovers are
 * zeroed after the earlier stores.
 *
 * Deliberately not here: bit-fields (unsupported) and run-time evaluation.
 *
 * Invariant: item offsets are from the start of the initialized object; a
 * `zero` item never overlaps an item that survived overriding.
 */
import type { Initializer, InitializerItem } from '../ast.js';
import type { CType } from '../ctypes.js';
import { isComplete, isScalar, sizeOf, unqualified } from '../ctypes.js';
import type { BitField, TExpr, TInit, TInitItem } from '../typed-ast.js';
import { NO_SPAN } from '../source.js';
import type { Sema } from './context.js';
import { isStaticInitializer } from './constant.js';
import { assignConvert, toRvalue } from './conversions.js';
import { expr } from './expressions.js';
import { designate, frameFull, advance, type Frame, memberCount } from './designators.js';
import { isCharKind, sameType } from './types.js';

/** What is known to be initialized inside one subobject. */
export interface Node {
  /** An item covers the whole subobject. */
  whole: boolean;
  /** Character arrays: elements [0, prefix) come from a string literal. */
  prefix: number;
  /** Member or element index to what is known inside it; made on first use, as most nodes are scalars'. */
  children: Map<number, Node> | undefined;
  /** Unions: the member last initialized (only one can be, 6.7.2.1p16). */
  unionMember: number | undefined;
}

export function newNode(): Node {
  return { whole: false, prefix: 0, children: undefined, unionMember: undefined };
}

/** Forget everything known inside a node (a new brace list for it). */
function reset(node: Node): void {
  node.whole = false;
  node.prefix = 0;
  node.children = undefined;
  node.unionMember = undefined;
}

export interface InitOptions {
  /** Static storage: every expression must be constant (6.7.9p4). */
  readonly isStatic: boolean;
  /** The declared name, for messages. */
  readonly name: string | undefined;
}

/** The flattened initializer and the object's type (an array of unknown size completed, 6.7.9p22). */
export function initializer(ctx: Sema, type: CType, init: Initializer, opts: InitOptions): { init: TInit; type: CType } {
  const f = new Flattener(ctx, opts);
  const root = newNode();
  const completed = f.top(type, root, init);
  f.zeros(completed, 0, root);
  return { init: { items: mergeZeros(f.items) }, type: completed };
}

/** Adjacent zero items (contiguous members or elements) become one. */
function mergeZeros(items: TInitItem[]): TInitItem[] {
  const out: TInitItem[] = [];
  for (const item of items) {
    const last = out[out.length - 1];
    if (item.k === 'zero' && last?.k === 'zero' && last.offset + last.size === item.offset) {
      out[out.length - 1] = { k: 'zero', offset: last.offset, size: last.size + item.size };
    } else {
      out.push(item);
    }
  }
  return out;
}

export class Flattener {
  readonly items: TInitItem[] = [];

  constructor(readonly ctx: Sema, readonly opts: InitOptions) {}

  /** The whole object: returns its type, with an incomplete array's length filled in. */
  top(type: CType, root: Node, init: Initializer): CType {
    if (init.kind === 'exprInit') {
      const e = expr(this.ctx, init.expr);
      if (type.kind === 'array') {
        if (this.stringInit(type, 0, root, e)) return withLength(type, e);
        if (!this.ctx.isPoison(e)) this.ctx.error(init.span, 'invalid initializer');
        return withLength(type, undefined);
      }
      this.expression(type, 0, root, e);
      return type;
    }
    if (type.kind === 'array' && type.length === undefined) {
      const stringLength = this.bracedString(type, 0, root, init.items);
      if (stringLength !== undefined) return { ...type, length: stringLength };
      const frame: Frame = { type, offset: 0, node: root, index: 0, max: 0, done: false };
      this.list(frame, init.items);
      return { ...type, length: frame.max };
    }
    this.braced(type, 0, root, init.items, init.span);
    return type;
  }

  /** A brace-enclosed list for the subobject of `type` at `offset` (6.7.9p16-17). */
  braced(type: CType, offset: number, node: Node, items: readonly InitializerItem[], span: Initializer['span']): void {
    reset(node);
    if (isScalar(type)) return this.scalarBraces(type, offset, node, items);
    if (type.kind === 'array' && this.bracedString(type, offset, node, items) !== undefined) return;
    if (type.kind !== 'array' && type.kind !== 'record') {
      this.ctx.error(span, 'invalid initializer');
      return;
    }
    this.list({ type, offset, node, index: 0, max: 0, done: false }, items);
  }

  /** `int x = { 3 };` (6.7.9p11): one expression, optionally in braces. */
  private scalarBraces(type: CType, offset: number, node: Node, items: readonly InitializerItem[]): void {
    const [first, ...rest] = items;
    if (!first) return; // `{}` (GNU C, C23): zero
    if (first.designators.length > 0) {
      this.ctx.error(first.span, first.designators[0]!.kind === 'field' ? 'field name not in record or union initializer' : 'array index in non-array initializer');
    } else if (first.init.kind === 'listInit') {
      this.ctx.warn(first.span, 'braces around scalar initializer');
      this.braced(type, offset, node, first.init.items, first.init.span);
    } else {
      this.expression(type, offset, node, expr(this.ctx, first.init.expr));
    }
    if (rest.length > 0) this.ctx.warn(rest[0]!.span, 'excess elements in scalar initializer');
    for (const item of rest) this.discard(item.init);
  }

  /** `char s[] = { "abc" }` (6.7.9p14: the literal may be in braces). Returns the literal's length, or undefined. */
  private bracedString(type: Extract<CType, { kind: 'array' }>, offset: number, node: Node, items: readonly InitializerItem[]): number | undefined {
    const first = items[0];
    if (!first || first.designators.length > 0 || first.init.kind !== 'exprInit' || first.init.expr.kind !== 'string') return undefined;
    const e = expr(this.ctx, first.init.expr);
    if (!this.stringInit(type, offset, node, e)) return undefined;
    if (items.length > 1) {
      this.ctx.warn(items[1]!.span, `excess elements in '${(unqualified(type.of) as { ik: string }).ik === 'char' ? 'char' : 'wide'}' array initializer`);
      for (const item of items.slice(1)) this.discard(item.init);
    }
    return (e.type as { length: number }).length;
  }

  /** The initializers of one brace level, read into `bottom` (6.7.9p17-20). */
  list(bottom: Frame, items: readonly InitializerItem[]): void {
    const stack: Frame[] = [bottom];
    let excessReported = false;
    for (const item of items) {
      let frame: Frame | undefined;
      if (item.designators.length > 0) {
        stack.length = 1;
        frame = designate(this, stack, item.designators);
        if (!frame) { this.discard(item.init); continue; }
        if (frame.rangeLast !== undefined) { this.range(stack, frame, item.init); continue; }
      } else {
        frame = this.nextFrame(stack);
        if (!frame) {
          if (!excessReported) this.ctx.warn(item.span, `excess elements in ${aggregateName(bottom.type)} initializer`);
          excessReported = true;
          this.discard(item.init);
          continue;
        }
      }
      this.subobject(stack, item.init);
    }
  }

  /** The frame whose next subobject is to be initialized, popping full frames; undefined if the list is full. */
  private nextFrame(stack: Frame[]): Frame | undefined {
    for (;;) {
      const top = stack[stack.length - 1]!;
      if (!frameFull(top)) return top;
      if (stack.length === 1) return undefined;
      stack.pop();
      advance(stack[stack.length - 1]!);
    }
  }

  /** GNU `[lo ... hi] = init`: the same initializer for every element of the range. */
  private range(stack: Frame[], frame: Frame, init: Initializer): void {
    const last = frame.rangeLast!;
    frame.rangeLast = undefined;
    const pre = init.kind === 'exprInit' ? expr(this.ctx, init.expr) : undefined;
    for (let i = frame.index; i <= last; i++) {
      frame.index = i;
      this.subobject(stack, init, pre);
    }
  }

  /**
   * Initialize the subobject at the top frame's position with `init`. An
   * expression that cannot initialize an aggregate subobject as a whole goes
   * to its first member or element instead (brace elision, 6.7.9p20).
   */
  private subobject(stack: Frame[], init: Initializer, pre?: TExpr): void {
    let frame = stack[stack.length - 1]!;
    if (init.kind === 'listInit') {
      const sub = this.position(frame);
      this.braced(sub.type, sub.offset, sub.node, init.items, init.span);
      advance(frame);
      return;
    }
    const e = pre ?? expr(this.ctx, init.expr);
    for (;;) {
      const sub = this.position(frame);
      const t = sub.type;
      if (t.kind === 'array' && this.stringInit(t, sub.offset, sub.node, e)) return advance(frame);
      if (isScalar(t) || (t.kind === 'record' && sameRecord(t, e))) {
        this.expression(t, sub.offset, sub.node, e, sub.bits);
        return advance(frame);
      }
      if (memberCount(t) === 0) {
        if (!this.ctx.isPoison(e)) this.ctx.error(e.span, 'invalid initializer');
        return advance(frame);
      }
      frame = { type: t, offset: sub.offset, node: sub.node, index: 0, max: 0, done: false };
      stack.push(frame);
    }
  }

  /** The subobject at a frame's position, with the node recording it (a union switches its member). */
  position(frame: Frame): { type: CType; offset: number; node: Node; bits?: BitField } {
    const t = frame.type;
    if (t.kind === 'array') {
      const size = isComplete(t.of) ? sizeOf(t.of) : 0;
      return { type: t.of, offset: frame.offset + frame.index * size, node: child(frame.node, frame.index) };
    }
    const rec = (t as Extract<CType, { kind: 'record' }>).rec;
    const m = rec.members![frame.index]!;
    if (rec.isUnion && frame.node.unionMember !== frame.index) {
      reset(frame.node);
      frame.node.unionMember = frame.index;
    }
    const bits = m.bitWidth !== undefined ? { bitOffset: m.bitOffset ?? 0, width: m.bitWidth } : undefined;
    const type = m.type, offset = frame.offset + m.offset, node = child(frame.node, frame.index);
    return bits ? { type, offset, node, bits } : { type, offset, node };
  }

  /** An expression for a scalar or a whole record (6.7.9p11, p13). */
  expression(type: CType, offset: number, node: Node, e: TExpr, bits?: BitField): void {
    const v = toRvalue(this.ctx, e);
    if (this.ctx.isPoison(v)) return;
    node.whole = true;
    node.children = undefined;
    if (type.kind === 'record') {
      if (v.type.kind !== 'record' && v.type.kind !== 'void') {
        this.ctx.error(v.span, 'invalid initializer');
        return;
      }
      const converted = assignConvert(this.ctx, v, type, { kind: 'initialization' });
      if (this.ctx.isPoison(converted)) return;
      if (this.opts.isStatic && !isConstantRecord(converted)) this.ctx.error(v.span, 'initializer element is not constant');
      this.items.push({ k: 'copy', offset, expr: converted });
      return;
    }
    const converted = assignConvert(this.ctx, v, type, { kind: 'initialization' });
    if (this.ctx.isPoison(converted)) return;
    if (this.opts.isStatic && !isStaticInitializer(converted)) this.ctx.error(v.span, 'initializer element is not constant');
    const t = unqualified(type);
    this.items.push(bits ? { k: 'scalar', offset, type: t, expr: converted, bits } : { k: 'scalar', offset, type: t, expr: converted });
  }

  /** Whether `e` is a string literal that can initialize an array of `type`'s elements (6.7.9p14-15). */
  matchesString(type: Extract<CType, { kind: 'array' }>, e: TExpr): boolean {
    if (e.k !== 'string') return false;
    const lit = (e.type as Extract<CType, { kind: 'array' }>).of;
    const elem = unqualified(type.of);
    return isCharKind(lit) ? isCharKind(elem) : sameType(elem, lit);
  }

  /** A character array from a string literal: its bytes, as many as fit (6.7.9p14). Returns false if `e` is not one. */
  stringInit(type: Extract<CType, { kind: 'array' }>, offset: number, node: Node, e: TExpr): boolean {
    if (e.k !== 'string' || !this.matchesString(type, e)) return false;
    const elemSize = sizeOf(type.of);
    const units = e.bytes.length / elemSize;
    const length = type.length ?? units;
    if (units - 1 > length) this.ctx.warn(e.span, `initializer-string for array of ${isCharKind(type.of) ? "'char'" : 'wide characters'} is too long`);
    const count = Math.min(units, length);
    reset(node);
    node.prefix = count;
    node.whole = count >= length;
    if (count > 0) this.items.push({ k: 'bytes', offset, data: e.bytes.slice(0, count * elemSize) });
    return true;
  }

  /** Analyse an initializer that is not used (excess elements, bad designators) so its errors are still reported. */
  discard(init: Initializer): void {
    if (init.kind === 'exprInit') expr(this.ctx, init.expr);
    else for (const item of init.items) this.discard(item.init);
  }

  /** `zero` items for whatever no initializer reached (6.7.9p10, p21), member by member. */
  zeros(type: CType, offset: number, node: Node | undefined): void {
    if (!node) {
      const size = isComplete(type) ? sizeOf(type) : 0;
      if (size > 0) this.items.push({ k: 'zero', offset, size });
      return;
    }
    if (node.whole) return;
    if (type.kind === 'array') return this.arrayZeros(type, offset, node);
    if (type.kind !== 'record') {
      this.zeros(type, offset, undefined);
      return;
    }
    const members = type.rec.members ?? [];
    if (type.rec.isUnion) {
      // 6.7.9p10: an uninitialized union has its first named member zeroed, padding included.
      const m = node.unionMember;
      if (m === undefined) this.zeros(type, offset, undefined);
      else this.zeros(members[m]!.type, offset + members[m]!.offset, node.children?.get(m));
      return;
    }
    members.forEach((m, i) => {
      if (type.rec.hasFlexibleArray && i === members.length - 1) return;
      if (m.bitWidth !== undefined) {
        // A bit-field shares its bytes with its neighbours: zero only its own bits.
        if (!node.children?.get(i)?.whole) {
          const zero: TExpr = { k: 'intConst', value: 0n, type: unqualified(m.type), span: NO_SPAN };
          this.items.push({ k: 'scalar', offset: offset + m.offset, type: unqualified(m.type), expr: zero, bits: { bitOffset: m.bitOffset ?? 0, width: m.bitWidth } });
        }
        return;
      }
      this.zeros(m.type, offset + m.offset, node.children?.get(i));
    });
  }

  private arrayZeros(type: Extract<CType, { kind: 'array' }>, offset: number, node: Node): void {
    const length = type.length ?? 0;
    const elemSize = isComplete(type.of) ? sizeOf(type.of) : 0;
    const indices = node.children ? [...node.children.keys()].filter((i) => i >= node.prefix && i < length).sort((a, b) => a - b) : [];
    let next = node.prefix;
    for (const i of indices) {
      if (i > next) this.items.push({ k: 'zero', offset: offset + next * elemSize, size: (i - next) * elemSize });
      this.zeros(type.of, offset + i * elemSize, node.children!.get(i));
      next = i + 1;
    }
    if (length > next && elemSize > 0) this.items.push({ k: 'zero', offset: offset + next * elemSize, size: (length - next) * elemSize });
  }
}

function child(node: Node, index: number): Node {
  node.children ??= new Map();
  let c = node.children.get(index);
  if (!c) {
    c = newNode();
    node.children.set(index, c);
  }
  return c;
}

function sameRecord(t: Extract<CType, { kind: 'record' }>, e: TExpr): boolean {
  return e.type.kind === 'record' && e.type.rec === t.rec;
}

/** A record-typed static initializer must be a compound literal (gcc accepts that as constant). */
function isConstantRecord(e: TExpr): boolean {
  if (e.k === 'load') return isConstantRecord(e.lvalue);
  return e.k === 'compoundLiteral' && e.init.items.every((i) => i.k === 'zero' || i.k === 'bytes' ||
    (i.k === 'scalar' ? isStaticInitializer(i.expr) : isConstantRecord(i.expr)));
}

function aggregateName(t: CType): string {
  if (t.kind === 'array') return 'array';
  if (t.kind === 'record') return t.rec.isUnion ? 'union' : 'struct';
  return 'scalar';
}

/** An incomplete array's length from its string-literal initializer. */
function withLength(type: Extract<CType, { kind: 'array' }>, e: TExpr | undefined): CType {
  if (type.length !== undefined) return type;
  const length = e && e.type.kind === 'array' ? e.type.length : 1;
  return { ...type, length };
}
