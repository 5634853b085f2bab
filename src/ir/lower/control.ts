/**
 * Expressions that split blocks: `&&` and `||` (C17 6.5.13-14: the right
 * operand is evaluated only when needed), `?:` (6.5.15: only the chosen arm
 * is evaluated), and GNU statement expressions.
 *
 * `branchOn` lowers a controlling expression straight into a branch, so
 * `if (a && b)` needs no 0/1 value; in value position `&&`/`||` produce an
 * int 0 or 1 through two small blocks.
 *
 * Invariant: every block opened here is terminated, or left open as the
 * current block for the code that follows.
 */
import { isRecord } from '../../frontend/ctypes.js';
import type { TExpr } from '../../frontend/typed-ast.js';
import type { BlockId, LocalId, Operand } from '../ir.js';
import { scalarKindOf } from '../kinds.js';
import type { FnBuilder } from './function.js';
import { effect, recordValue, rvalue } from './expressions.js';
import { lowerStmt } from './statements.js';

type ExprOf<K extends TExpr['k']> = Extract<TExpr, { k: K }>;

/** Go to `t` if the scalar expression `e` is nonzero, else to `f`. */
export function branchOn(fb: FnBuilder, e: TExpr, t: BlockId, f: BlockId): void {
  if (e.k === 'logical') {
    const mid = fb.newBlock();
    if (e.op === '&&') branchOn(fb, e.left, mid, f);
    else branchOn(fb, e.left, t, mid);
    fb.switchTo(mid);
    branchOn(fb, e.right, t, f);
    return;
  }
  if (e.k === 'unary' && e.op === '!') {
    branchOn(fb, e.operand, f, t);
    return;
  }
  const v = rvalue(fb, e);
  if (v.k === 'const') fb.goto(Number(v.value) !== 0 ? t : f, e.span);
  else if (v.k !== 'local') fb.goto(t, e.span); // the address of an object or function is never null
  else fb.terminate({ k: 'branch', cond: v, condKind: scalarKindOf(e.type), then: t, else: f, span: e.span });
}

/** `a && b`, `a || b` as an int 0 or 1. */
export function logicalValue(fb: FnBuilder, e: ExprOf<'logical'>): Operand {
  const res = fb.tempFor(e.type);
  const [yes, no, join] = [fb.newBlock(), fb.newBlock(), fb.newBlock()];
  branchOn(fb, e, yes, no);
  for (const [block, value] of [[yes, 1], [no, 0]] as const) {
    fb.switchTo(block);
    fb.assign(res, { k: 'use', a: { k: 'const', kind: 'i32', value } }, e.span);
    fb.goto(join, e.span);
  }
  fb.switchTo(join);
  return { k: 'local', id: res };
}

/**
 * `c ? a : b`. The result is a register of the result type, a ptr register
 * holding the address of the chosen record, or nothing for void arms.
 */
export function conditional(fb: FnBuilder, e: ExprOf<'conditional'>): Operand | undefined {
  const [thenB, elseB, join] = [fb.newBlock(), fb.newBlock(), fb.newBlock()];
  branchOn(fb, e.cond, thenB, elseB);
  const record = isRecord(e.type);
  let res: LocalId | undefined;
  if (record) res = fb.newLocal('', 'ptr');
  else if (e.type.kind !== 'void') res = fb.tempFor(e.type);
  for (const [block, arm] of [[thenB, e.then], [elseB, e.else]] as const) {
    fb.switchTo(block);
    if (res === undefined) effect(fb, arm);
    else fb.assign(res, { k: 'use', a: record ? recordValue(fb, arm) : rvalue(fb, arm) }, arm.span);
    if (fb.reachable) fb.goto(join, e.span);
  }
  fb.switchTo(join);
  return res === undefined ? undefined : { k: 'local', id: res };
}

/**
 * `({ stmts; result; })` (GNU C): the block's objects live until its end, so
 * the value is read (a record copied into a temporary) before they die.
 */
export function stmtExpr(fb: FnBuilder, e: ExprOf<'stmtExpr'>): Operand | undefined {
  fb.enterScope(e.body);
  const items = e.body.items;
  const last = items[items.length - 1];
  // The result may be listed as the block's last expression statement too: evaluate it once.
  const skipLast = e.result !== undefined && last !== undefined && last.k === 'expr' && last.expr === e.result;
  (skipLast ? items.slice(0, -1) : items).forEach((s) => lowerStmt(fb, s));
  let out: Operand | undefined;
  const r = e.result;
  if (r && isRecord(r.type)) {
    const src = recordValue(fb, r);
    const slot = fb.temporary('temporary', r.type, r.span);
    fb.emit({ k: 'copy', dst: { k: 'slotAddr', slot }, src, size: fb.slots[slot]!.size, span: r.span });
    out = { k: 'slotAddr', slot };
  } else if (r && r.type.kind !== 'void') {
    out = rvalue(fb, r);
  } else if (r) {
    effect(fb, r);
  }
  fb.exitScope(e.span);
  return out;
}
