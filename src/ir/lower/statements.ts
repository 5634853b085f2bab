/**
 * Statements to blocks (C17 6.8): blocks with their lifetimes, declarations,
 * expression statements, selection, iteration and jumps.
 *
 * Each controlling expression, expression statement, initializer and
 * returned value is a full expression (6.8p4): the temporaries it needs die
 * at its end, on every edge out of a condition. A loop body that is a block
 * is entered and left on every iteration, so its objects die and are born
 * again each time round (6.2.4p6). `break`, `continue` and `return` end the
 * lifetime of every object of the scopes they leave.
 *
 * Deliberately not here: `switch`, `case` and `goto`, which jump into
 * blocks (jumps.ts).
 *
 * Invariant: after a statement is lowered, the builder's scope stack is as
 * it was before.
 */
import { ULONG, isRecord, isVla, sizeOf } from '../../frontend/ctypes.js';
import type { Span } from '../../frontend/source.js';
import type { TExpr, TStmt, VarSymbol } from '../../frontend/typed-ast.js';
import type { BlockId, Operand, SlotId } from '../ir.js';
import type { FnBuilder, JumpTarget } from './function.js';
import { assertNever, malformed } from './errors.js';
import { effect, recordValue, rvalue } from './expressions.js';
import { branchOn } from './control.js';
import { initObject } from './initializers.js';
import { defineStaticObject } from './static-init.js';
import { caseLabel, gotoStmt, labeled, switchStmt } from './jumps.js';
import { readPlace, varPlace } from './places.js';

type StmtOf<K extends TStmt['k']> = Extract<TStmt, { k: K }>;

export function lowerStmt(fb: FnBuilder, s: TStmt): void {
  switch (s.k) {
    case 'block':
      fb.enterScope(s);
      for (let i = 0; i < s.items.length; i++) lowerStmt(fb, s.items[i]!);
      fb.exitScope(closingBrace(s.span));
      return;
    case 'declare': return declare(fb, s);
    case 'expr': return fullEffect(fb, s.expr, s.span);
    case 'if': return ifStmt(fb, s);
    case 'switch': return switchStmt(fb, s);
    case 'case': case 'default': return caseLabel(fb, s);
    case 'while': return whileStmt(fb, s);
    case 'doWhile': return doWhileStmt(fb, s);
    case 'for': return forStmt(fb, s);
    case 'labeled': return labeled(fb, s);
    case 'goto': return gotoStmt(fb, s);
    case 'break': return jump(fb, fb.breaks, s.span, 'break');
    case 'continue': return jump(fb, fb.continues, s.span, 'continue');
    case 'return': return returnStmt(fb, s);
    case 'empty': return;
    default: return assertNever(s, (s as TStmt).span);
  }
}

/** The span of a block's closing brace, where its objects die when control falls off its end. */
export function closingBrace(span: Span): Span {
  return { file: span.file, line: span.endLine, col: Math.max(1, span.endCol - 1), endLine: span.endLine, endCol: span.endCol };
}

/**
 * Evaluate `e` for its effects as a full expression (an expression statement, a `for` step).
 * Not a helper taking a callback: a closure capturing `lowerStmt`'s parameters would
 * cost a context object on every statement lowered, whatever its kind.
 */
function fullEffect(fb: FnBuilder, e: TExpr, span: Span): void {
  fb.beginFullExpr();
  effect(fb, e);
  fb.endFullExpr(span);
}

/**
 * Branch on a controlling expression as a full expression: each edge out
 * goes through a block that ends its temporaries' lifetimes (an empty one
 * when there are none, which `finish` threads away).
 */
export function condition(fb: FnBuilder, cond: TExpr, t: BlockId, f: BlockId): void {
  fb.beginFullExpr();
  const t2 = fb.newBlock(), f2 = fb.newBlock();
  branchOn(fb, cond, t2, f2);
  const frame = fb.frames.pop()!;
  edgeOut(fb, t2, t, frame.slots, cond.span);
  edgeOut(fb, f2, f, frame.slots, cond.span);
}

/** The block `from` of a condition's edge: end the temporaries' lifetimes, then go on to `to`. */
function edgeOut(fb: FnBuilder, from: BlockId, to: BlockId, slots: readonly SlotId[], span: Span): void {
  fb.switchTo(from);
  fb.killSlots(slots, span);
  fb.goto(to, span);
}

function declare(fb: FnBuilder, s: StmtOf<'declare'>): void {
  if (s.sym.storage === 'global') {
    // A static local: its image is built at compile time, nothing runs here (6.2.4p3).
    defineStaticObject(fb.ctx, s.sym, s.init, s.span);
    return;
  }
  const type = s.sym.type;
  if (isVla(type)) {
    // The VLA's lifetime starts here, with the size its declarator just computed (6.2.4p7).
    const home = fb.home(s.sym);
    if (home.k !== 'slot') return malformed(s.span, 'a variable length array without a stack slot');
    const sizeSym = type.vla.sym as VarSymbol;
    const size = readPlace(fb, varPlace(fb, sizeSym, ULONG), s.span);
    fb.emit({ k: 'storageLive', slot: home.id, size, span: s.span });
    return;
  }
  if (!s.init) return;
  fb.beginFullExpr();
  initObject(fb, s.sym, s.init, s.span);
  fb.endFullExpr(s.span);
}

function ifStmt(fb: FnBuilder, s: StmtOf<'if'>): void {
  const thenB = fb.newBlock();
  const elseB = s.else ? fb.newBlock() : undefined;
  const join = fb.newBlock();
  condition(fb, s.cond, thenB, elseB ?? join);
  fb.switchTo(thenB);
  lowerStmt(fb, s.then);
  if (fb.reachable) fb.goto(join, s.span);
  if (s.else && elseB !== undefined) {
    fb.switchTo(elseB);
    lowerStmt(fb, s.else);
    if (fb.reachable) fb.goto(join, s.span);
  }
  fb.switchTo(join);
}

/** Lower a loop body with `break` going to `exit` and `continue` to `next`. */
function loopBody(fb: FnBuilder, body: TStmt, exit: BlockId, next: BlockId): void {
  const depth = fb.frames.length;
  fb.breaks.push({ block: exit, depth });
  fb.continues.push({ block: next, depth });
  lowerStmt(fb, body);
  fb.breaks.pop();
  fb.continues.pop();
}

function whileStmt(fb: FnBuilder, s: StmtOf<'while'>): void {
  const head = fb.newBlock(), body = fb.newBlock(), exit = fb.newBlock();
  fb.fallInto(head, s.span);
  condition(fb, s.cond, body, exit);
  fb.switchTo(body);
  loopBody(fb, s.body, exit, head);
  if (fb.reachable) fb.goto(head, s.span);
  fb.switchTo(exit);
}

function doWhileStmt(fb: FnBuilder, s: StmtOf<'doWhile'>): void {
  const body = fb.newBlock(), test = fb.newBlock(), exit = fb.newBlock();
  fb.fallInto(body, s.span);
  loopBody(fb, s.body, exit, test);
  fb.fallInto(test, s.span);
  condition(fb, s.cond, body, exit);
  fb.switchTo(exit);
}

function forStmt(fb: FnBuilder, s: StmtOf<'for'>): void {
  // A declaration in the init clause is a scope around the whole loop (6.8.5p5).
  const init = s.init;
  if (init?.k === 'block') {
    fb.enterScope(init);
    for (const item of init.items) lowerStmt(fb, item);
  } else if (init) {
    lowerStmt(fb, init);
  }
  const head = fb.newBlock(), body = fb.newBlock(), step = fb.newBlock(), exit = fb.newBlock();
  fb.fallInto(head, s.span);
  if (s.cond) condition(fb, s.cond, body, exit);
  else fb.goto(body, s.span);
  fb.switchTo(body);
  loopBody(fb, s.body, exit, step);
  fb.fallInto(step, s.span);
  const stepExpr = s.step;
  if (stepExpr) fullEffect(fb, stepExpr, stepExpr.span);
  fb.goto(head, s.span);
  fb.switchTo(exit);
  if (init?.k === 'block') fb.exitScope(s.span);
}

function jump(fb: FnBuilder, targets: JumpTarget[], span: Span, what: string): void {
  const target = targets[targets.length - 1];
  if (!target) return malformed(span, `'${what}' outside a loop or switch`);
  fb.killAbove(target.depth, span);
  fb.goto(target.block, span);
}

/** `return`: the value is computed, then every live object of the function dies (6.2.4p2), then control leaves. */
function returnStmt(fb: FnBuilder, s: StmtOf<'return'>): void {
  fb.beginFullExpr();
  let value: Operand | undefined;
  const v = s.value;
  if (v && fb.ret.sret !== undefined && isRecord(v.type)) {
    const src = recordValue(fb, v);
    fb.emit({ k: 'copy', dst: { k: 'local', id: fb.ret.sret }, src, size: sizeOf(v.type), span: s.span });
  } else if (v && v.type.kind !== 'void') {
    value = materialize(fb, rvalue(fb, v), s.span);
  } else if (v) {
    effect(fb, v);
  }
  fb.killAbove(0, s.span);
  if (fb.ret.noreturn) fb.terminate({ k: 'unreachable', reason: 'noreturn-returned', span: s.span });
  else fb.terminate({ k: 'return', value, span: s.span });
  fb.endFullExpr(s.span);
}

/** A slot's address is copied into a register before the slot dies (the returned pointer then dangles, as in C). */
function materialize(fb: FnBuilder, v: Operand, span: Span): Operand {
  if (v.k !== 'slotAddr') return v;
  const dst = fb.newLocal('', 'ptr');
  fb.assign(dst, { k: 'use', a: v }, span);
  return { k: 'local', id: dst };
}
