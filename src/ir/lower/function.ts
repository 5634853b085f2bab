/**
 * The builder for one IR function: register locals, stack slots, basic
 * blocks, where each C variable lives, and the stack of scopes whose slots
 * are alive (C17 6.2.4p6, like MIR's StorageLive/StorageDead).
 *
 * Scopes are frames: the parameters' frame at the bottom, one frame per C
 * block entered, one frame per full expression for the temporaries it
 * needs (a record returned by a call), and one per call for its argument
 * copies. A temporary's `storageLive` is
 * hoisted to the start of its full expression, so it is live on every path
 * through the expression and dies once at its end (6.2.4p8).
 *
 * Deliberately not here: what C constructs mean (expressions.ts,
 * statements.ts); this file knows blocks, locals and lifetimes only.
 *
 * Invariant: `cur` is the open block, or undefined after a terminator (code
 * emitted then goes into a fresh block no edge reaches, which `finish`
 * prunes). Local and slot ids are their indices.
 */
import type { Span } from '../../frontend/source.js';
import type { CType } from '../../frontend/ctypes.js';
import { alignOf, isScalar, isVla, sizeOf } from '../../frontend/ctypes.js';
import type { TBlock, TExpr, TStmt, VarSymbol } from '../../frontend/typed-ast.js';
import type { UnsequencedConflict } from './unsequenced.js';
import type { Block, BlockId, IrFunction, Local, LocalId, Rvalue, ScalarKind, Slot, SlotId, Statement, Terminator } from '../ir.js';
import { successors } from '../ir.js';
import { isBoolType, scalarKindOf } from '../kinds.js';
import type { ModuleContext } from './module-context.js';
import { malformed, unsupported } from './errors.js';

/** Where a C variable lives. */
export type VarHome =
  | { readonly k: 'reg'; readonly id: LocalId }
  | { readonly k: 'slot'; readonly id: SlotId }
  /** A record parameter: the ptr local holds the address of the caller-made copy, which is the object. */
  | { readonly k: 'indirect'; readonly ptr: LocalId }
  | { readonly k: 'global'; readonly sym: VarSymbol };

/** A scope whose slots are alive while it is on the stack. */
export interface Frame {
  /** The C block, or null for the parameters' frame and full-expression frames. */
  readonly block: TBlock | null;
  readonly slots: SlotId[];
  /** Full-expression frames: where temporaries' storageLive statements go. */
  readonly hoist?: { readonly block: Block; readonly index: number };
}

/** Where `break` or `continue` goes, and how many frames stay alive there. */
export interface JumpTarget {
  readonly block: BlockId;
  readonly depth: number;
}

/** A label's block and the C blocks that enclose it (outermost first), for the lifetimes a goto must start. */
export interface LabelInfo {
  readonly block: BlockId;
  readonly path: readonly TBlock[];
}

/** How this function returns: its C return type and, for a record result, the hidden sret pointer. */
export interface ReturnInfo {
  readonly type: CType;
  readonly sret: LocalId | undefined;
  /** `main` returns 0 when control reaches its closing brace (C17 5.1.2.2.3). */
  readonly isMain: boolean;
  /** A `_Noreturn` function: every return is UB (C17 6.7.4p8). */
  readonly noreturn?: boolean;
}

/** Does this variable need memory (C17 6.5.3.2: its address is taken; or it is an aggregate)? */
export function needsMemory(sym: VarSymbol): boolean {
  return sym.addressTaken || !isScalar(sym.type);
}

export class FnBuilder {
  /** Register locals, id = index. */
  readonly locals: Local[] = [];
  /** Stack slots, id = index. */
  readonly slots: Slot[] = [];
  /** Scopes alive at the current point, outermost (the parameters) first. */
  readonly frames: Frame[] = [];
  /** Targets of `break` in the enclosing loops and switches, innermost last. */
  readonly breaks: JumpTarget[] = [];
  /** Targets of `continue` in the enclosing loops, innermost last. */
  readonly continues: JumpTarget[] = [];
  /** Every label of the function (found before lowering, so a goto may jump forward). */
  readonly labels = new Map<string, LabelInfo>();
  /** The block of each `case`/`default` statement of the switches being lowered. */
  readonly caseBlocks = new Map<TStmt, BlockId>();
  /** Every block made so far, id = index (before pruning). */
  private readonly blocks: Block[] = [];
  /** The block statements go to; undefined after a terminator. */
  private cur: Block | undefined;
  /** Blocks in the order they were first opened, which is the order they are printed and numbered in. */
  private readonly opened: BlockId[] = [];
  private readonly isOpened = new Set<BlockId>();
  /** Where each local and parameter of the function lives. */
  private readonly homes = new Map<VarSymbol, VarHome>();
  /** The slots of each C block's memory objects. */
  private readonly blockSlots = new Map<TBlock, SlotId[]>();

  /** Expressions where evaluation meets unsequenced accesses (unsequenced.ts); empty for almost every function. */
  unsequenced: ReadonlyMap<TExpr, UnsequencedConflict> = new Map();
  /** The terminator of a block until one is set: shared, as terminators are never mutated, only replaced. */
  private readonly unterminated: Terminator;

  constructor(readonly ctx: ModuleContext, readonly span: Span, readonly ret: ReturnInfo) {
    this.unterminated = { k: 'unreachable', reason: 'builtin-unreachable', span };
  }

  /** Reports the unsequenced accesses `e` makes, if it is one of the expressions that does, where it is evaluated. */
  checkSequencing(e: TExpr): void {
    const c = this.unsequenced.get(e);
    if (!c) return;
    this.terminate({ k: 'unsequenced', object: c.write.text, otherIsWrite: c.other.write, other: c.other.span, span: c.write.span });
  }

  // ---- locals and slots ---------------------------------------------------

  newLocal(name: string, kind: ScalarKind, isBool = false): LocalId {
    const id = this.locals.length;
    this.locals.push(isBool ? { id, name, kind, isBool } : { id, name, kind });
    return id;
  }

  /** A temporary register of the kind that holds `t` (a scalar type). */
  tempFor(t: CType): LocalId {
    return this.newLocal('', scalarKindOf(t), isBoolType(t));
  }

  newSlot(name: string, t: CType, span: Span, minAlign = 1): SlotId {
    let size: number, align: number;
    try {
      size = sizeOf(t);
      align = Math.max(alignOf(t), minAlign);
    } catch {
      return unsupported(span, `storage size of '${name}' isn't known`);
    }
    const id = this.slots.length;
    this.slots.push({ id, name, size, align, span });
    return id;
  }

  // ---- where variables live ---------------------------------------------------

  setHome(sym: VarSymbol, home: VarHome): void {
    this.homes.set(sym, home);
  }

  home(sym: VarSymbol): VarHome {
    if (sym.storage === 'global' || sym.storage === 'function') return { k: 'global', sym };
    const known = this.homes.get(sym);
    if (known) return known;
    // A scalar that no enclosing block listed (sema broke its contract): a register still works.
    if (needsMemory(sym)) return malformed(sym.span, `'${sym.name}', a local object no block declares`);
    const home: VarHome = { k: 'reg', id: this.newLocal(sym.name, scalarKindOf(sym.type), isBoolType(sym.type)) };
    this.homes.set(sym, home);
    return home;
  }

  /** The slots of a C block's memory objects, created on first request (a goto may enter the block first). */
  slotsOf(block: TBlock): SlotId[] {
    let slots = this.blockSlots.get(block);
    if (slots) return slots;
    slots = [];
    for (const sym of block.locals) {
      if (sym.storage !== 'local' || this.homes.has(sym)) continue;
      if (isVla(sym.type)) {
        // A VLA is allocated at its declaration, with its run-time size (statements.ts).
        const id = this.slots.length;
        this.slots.push({ id, name: sym.name, size: 0, align: Math.max(alignOf(sym.type), sym.align ?? 1), span: sym.span, dynamic: true });
        slots.push(id);
        this.homes.set(sym, { k: 'slot', id });
      } else if (needsMemory(sym)) {
        // Sema may leave a compound literal's symbol unnamed; diagnostics still need a word for it.
        const id = this.newSlot(sym.name || 'compound literal', sym.type, sym.span, sym.align);
        slots.push(id);
        this.homes.set(sym, { k: 'slot', id });
      } else {
        this.homes.set(sym, { k: 'reg', id: this.newLocal(sym.name, scalarKindOf(sym.type), isBoolType(sym.type)) });
      }
    }
    this.blockSlots.set(block, slots);
    return slots;
  }

  // ---- blocks -------------------------------------------------------------------

  newBlock(): BlockId {
    const id = this.blocks.length;
    this.blocks.push({ id, stmts: [], terminator: this.unterminated });
    return id;
  }

  /** The open block (a fresh unreachable one after a terminator). */
  get block(): Block {
    if (!this.cur) this.switchTo(this.newBlock());
    return this.cur!;
  }

  get reachable(): boolean {
    return this.cur !== undefined;
  }

  switchTo(id: BlockId): void {
    this.cur = this.blocks[id];
    if (!this.isOpened.has(id)) { this.isOpened.add(id); this.opened.push(id); }
  }

  emit(s: Statement): void {
    this.block.stmts.push(s);
  }

  assign(dst: LocalId, rv: Rvalue, span: Span): LocalId {
    this.emit({ k: 'assign', dst, rv, span });
    return dst;
  }

  terminate(t: Terminator): void {
    this.block.terminator = t;
    this.cur = undefined;
  }

  goto(target: BlockId, span: Span): void {
    this.terminate({ k: 'goto', target, span });
  }

  /** End the open block with a goto to `target` and continue there. */
  fallInto(target: BlockId, span: Span): void {
    if (this.cur) this.goto(target, span);
    this.switchTo(target);
  }

  // ---- scopes and lifetimes ---------------------------------------------------------

  pushFrame(frame: Frame, span: Span): void {
    this.frames.push(frame);
    for (let i = 0; i < frame.slots.length; i++) {
      const slot = frame.slots[i]!;
      if (!this.slots[slot]!.dynamic) this.emit({ k: 'storageLive', slot, span });
    }
  }

  enterScope(block: TBlock): void {
    this.pushFrame({ block, slots: this.slotsOf(block) }, block.span);
  }

  /** Leave the innermost scope; its slots die if control gets here. */
  exitScope(span: Span): void {
    const frame = this.frames.pop();
    if (frame && this.cur) this.killSlots(frame.slots, span);
  }

  /** storageDead for every slot of frames[depth..], innermost first (the frames stay on the stack). */
  killAbove(depth: number, span: Span): void {
    for (let i = this.frames.length - 1; i >= depth; i--) this.killSlots(this.frames[i]!.slots, span);
  }

  killSlots(slots: readonly SlotId[], span: Span): void {
    for (let i = slots.length - 1; i >= 0; i--) this.emit({ k: 'storageDead', slot: slots[i]!, span });
  }

  beginFullExpr(): void {
    const block = this.block;
    this.frames.push({ block: null, slots: [], hoist: { block, index: block.stmts.length } });
  }

  endFullExpr(span: Span): void {
    this.exitScope(span);
  }

  /** A temporary object that lives until the end of the innermost full expression. */
  temporary(name: string, t: CType, span: Span): SlotId {
    const slot = this.newSlot(name, t, span);
    for (let i = this.frames.length - 1; i >= 0; i--) {
      const frame = this.frames[i]!;
      if (!frame.hoist) continue;
      frame.hoist.block.stmts.splice(frame.hoist.index + frame.slots.length, 0, { k: 'storageLive', slot, span });
      frame.slots.push(slot);
      return slot;
    }
    return malformed(span, 'a temporary outside any full expression');
  }

  // ---- result -------------------------------------------------------------------------

  /** The C blocks enclosing the current point, outermost first. */
  blockPath(): TBlock[] {
    return this.frames.flatMap((f) => (f.block ? [f.block] : []));
  }

  /** The finished function: jumps through empty blocks threaded, blocks no edge reaches removed, the rest renumbered. */
  finish(head: Omit<IrFunction, 'locals' | 'slots' | 'blocks' | 'span'>): IrFunction {
    // Field by field: a spread of `head` with more fields after it allocated over a kilobyte per function.
    const { name, linkName, params, retKind, sret, variadic } = head;
    const blocks = pruneUnreachable(this.blocks, threadJumps(this.blocks), this.opened);
    return { name, linkName, params, retKind, sret, variadic, locals: this.locals, slots: this.slots, blocks, span: this.span };
  }
}

export { successors } from '../ir.js';

/**
 * `t` with every target mapped. Built field by field: object spreads over
 * terminators of several kinds take V8's slow generic path, and this runs
 * for every block of every function.
 */
function retarget(t: Terminator, map: (b: BlockId) => BlockId): Terminator {
  switch (t.k) {
    case 'goto': return { k: 'goto', target: map(t.target), span: t.span };
    case 'branch': return { k: 'branch', cond: t.cond, condKind: t.condKind, then: map(t.then), else: map(t.else), span: t.span };
    case 'switch': return { ...t, cases: t.cases.map((c) => ({ value: c.value, target: map(c.target) })), otherwise: map(t.otherwise) };
    case 'call': return { ...t, next: map(t.next) };
    case 'return': case 'unreachable': case 'unsequenced': return t;
  }
}

/**
 * Where each jump really leads: an edge to an empty block ending in `goto`
 * goes on to that goto's final target (condition trampolines without
 * temporaries, loop heads of `for (;;)`). A cycle of empty blocks
 * (`for (;;);`) keeps its last jump.
 */
function threadJumps(blocks: readonly Block[]): (b: BlockId) => BlockId {
  // The blocks seen on the walk from the current start are those marked with its stamp:
  // one array for all walks instead of a set per edge.
  const seenBy = new Int32Array(blocks.length);
  let stamp = 0;
  return (b) => {
    stamp++;
    let cur = b;
    for (;;) {
      const blk = blocks[cur]!;
      if (blk.stmts.length > 0 || blk.terminator.k !== 'goto' || seenBy[cur] === stamp) return cur;
      seenBy[cur] = stamp;
      const next = blk.terminator.target;
      if (next === cur) return cur;
      cur = next;
    }
  };
}

/**
 * Keep the blocks reachable from bb0 once jumps are threaded through `final`,
 * in the order they were opened, renumbered densely.
 */
function pruneUnreachable(blocks: readonly Block[], final: (b: BlockId) => BlockId, opened: readonly BlockId[]): Block[] {
  const seen = new Uint8Array(blocks.length);
  const work = [0];
  seen[0] = 1;
  while (work.length > 0) {
    const next = successors(blocks[work.pop()!]!.terminator);
    for (let i = 0; i < next.length; i++) {
      const s = final(next[i]!);
      if (!seen[s]) { seen[s] = 1; work.push(s); }
    }
  }
  // New ids: the opened blocks in opening order, then those only ever jumped to, in id order.
  const newId = new Int32Array(blocks.length).fill(-1);
  const order: Block[] = [];
  const keep = (id: BlockId): void => {
    if (seen[id] && newId[id] === -1) { newId[id] = order.length; order.push(blocks[id]!); }
  };
  for (let i = 0; i < opened.length; i++) keep(opened[i]!);
  for (let id = 0; id < blocks.length; id++) keep(id);
  const map = (x: BlockId): BlockId => newId[final(x)]!;
  const out: Block[] = [];
  for (let i = 0; i < order.length; i++) out.push({ id: i, stmts: order[i]!.stmts, terminator: retarget(order[i]!.terminator, map) });
  return out;
}
