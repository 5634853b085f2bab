/**
 * Jumps that may enter blocks: `goto` (C17 6.8.6.1) and `switch` to its
 * `case`/`default` labels (6.8.4.2).
 *
 * A jump leaves some scopes and enters others. The objects of the scopes it
 * leaves die (storageDead); the objects of the blocks it enters begin their
 * lifetime (storageLive; 6.2.4p6 says lifetime starts at entry to the block
 * "in any way"), in a small entry block on the jump's own edge, so the
 * label's block itself is the same whether control falls or jumps into it.
 *
 * Labels are found before a function is lowered, so a forward goto knows
 * where it goes. Labels inside statement expressions are only found when
 * reached: a forward goto to one is 'unsupported'.
 *
 * Invariant: a label's path lists the C blocks that enclose it, outermost
 * first, as TBlock objects (identity), matching the frames of the builder.
 */
import type { TBlock, TStmt } from '../../frontend/typed-ast.js';
import type { BlockId } from '../ir.js';
import { scalarKindOf } from '../kinds.js';
import type { FnBuilder } from './function.js';
import { malformed, unsupported } from './errors.js';
import { rvalue } from './expressions.js';
import { canonicalInt } from './convert.js';
import { lowerStmt } from './statements.js';

type StmtOf<K extends TStmt['k']> = Extract<TStmt, { k: K }>;

/** Case ranges (GNU `case 1 ... 5:`) up to this many values become switch cases; larger ones are compares. */
const MAX_EXPANDED_RANGE = 256n;

/**
 * Visit `s` and the statements nested in it with the C blocks enclosing each.
 * `path` is one stack for the whole walk, pushed and popped on the way: a
 * visitor copies it to keep it. (Labels are rare; a copy per block was not.)
 */
function walk(s: TStmt, path: TBlock[], visit: (s: TStmt, path: readonly TBlock[]) => void, intoSwitch: boolean): void {
  visit(s, path);
  switch (s.k) {
    case 'block': {
      path.push(s);
      for (let i = 0; i < s.items.length; i++) walk(s.items[i]!, path, visit, intoSwitch);
      path.pop();
      return;
    }
    case 'if':
      walk(s.then, path, visit, intoSwitch);
      if (s.else) walk(s.else, path, visit, intoSwitch);
      return;
    case 'switch': if (intoSwitch) walk(s.body, path, visit, intoSwitch); return;
    case 'case': case 'default': case 'labeled': case 'while': case 'doWhile':
      walk(s.body, path, visit, intoSwitch);
      return;
    case 'for':
      if (s.init?.k !== 'block') return walk(s.body, path, visit, intoSwitch);
      path.push(s.init);
      walk(s.body, path, visit, intoSwitch);
      path.pop();
      return;
    default: return;
  }
}

/** Give every label of a function body its block and path. */
export function collectLabels(fb: FnBuilder, body: TBlock): void {
  walk(body, [], (s, path) => {
    if (s.k === 'labeled') fb.labels.set(s.label, { block: fb.newBlock(), path: path.slice() });
  }, true);
}

/**
 * Jump from the current point to `target`, whose enclosing blocks are
 * `path`: kill the frames not on the path, start the blocks entered.
 */
function jumpInto(fb: FnBuilder, target: BlockId, path: readonly TBlock[], span: StmtOf<'goto'>['span']): void {
  let keep = Math.min(1, fb.frames.length); // the parameters' frame
  let matched = 0;
  for (let i = 1; i < fb.frames.length; i++) {
    const block = fb.frames[i]!.block;
    if (block === null) continue; // a full expression's temporaries: kept only below a kept block
    if (path[matched] !== block) break;
    matched++;
    keep = i + 1;
  }
  fb.killAbove(keep, span);
  for (const entered of path.slice(matched)) {
    for (const slot of fb.slotsOf(entered)) fb.emit({ k: 'storageLive', slot, span });
  }
  fb.goto(target, span);
}

export function gotoStmt(fb: FnBuilder, s: StmtOf<'goto'>): void {
  const label = fb.labels.get(s.label);
  if (!label) return unsupported(s.span, `a jump to label '${s.label}' inside a statement expression`);
  jumpInto(fb, label.block, label.path, s.span);
}

export function labeled(fb: FnBuilder, s: StmtOf<'labeled'>): void {
  let label = fb.labels.get(s.label);
  if (!label) {
    label = { block: fb.newBlock(), path: fb.blockPath() };
    fb.labels.set(s.label, label);
  }
  fb.fallInto(label.block, s.span);
  lowerStmt(fb, s.body);
}

export function caseLabel(fb: FnBuilder, s: StmtOf<'case'> | StmtOf<'default'>): void {
  const block = fb.caseBlocks.get(s);
  if (block === undefined) return malformed(s.span, `'${s.k}' outside a switch`);
  fb.fallInto(block, s.span);
  lowerStmt(fb, s.body);
}

interface CaseEntry {
  readonly stmt: StmtOf<'case'> | StmtOf<'default'>;
  readonly path: readonly TBlock[];
}

/**
 * `switch`: the promoted controlling value selects a case (6.8.4.2p5);
 * without a match, `default`, or the end of the switch.
 */
export function switchStmt(fb: FnBuilder, s: StmtOf<'switch'>): void {
  fb.beginFullExpr();
  const value = rvalue(fb, s.cond);
  fb.endFullExpr(s.cond.span);
  const kind = scalarKindOf(s.cond.type);
  const entries: CaseEntry[] = [];
  walk(s.body, [], (st, path) => { if (st.k === 'case' || st.k === 'default') entries.push({ stmt: st, path: path.slice() }); }, false);
  const exit = fb.newBlock();
  const cases: { value: number | bigint; target: BlockId }[] = [];
  const ranges: { lo: bigint; hi: bigint; target: BlockId }[] = [];
  const entryBlocks: { entry: BlockId; target: BlockId; path: readonly TBlock[] }[] = [];
  let otherwise = exit;
  for (const { stmt, path } of entries) {
    const target = fb.newBlock();
    fb.caseBlocks.set(stmt, target);
    const entry = path.some((b) => fb.slotsOf(b).length > 0) ? fb.newBlock() : target;
    if (entry !== target) entryBlocks.push({ entry, target, path });
    if (stmt.k === 'default') otherwise = entry;
    else if (stmt.last === undefined) cases.push({ value: canonicalInt(kind, stmt.value), target: entry });
    else if (stmt.last - stmt.value < MAX_EXPANDED_RANGE) {
      for (let v = stmt.value; v <= stmt.last; v++) cases.push({ value: canonicalInt(kind, v), target: entry });
    } else ranges.push({ lo: stmt.value, hi: stmt.last, target: entry });
  }
  for (const r of ranges) rangeTest(fb, value, kind, r, s.span);
  fb.terminate({ k: 'switch', value, kind, cases, otherwise, span: s.span });
  for (const { entry, target, path } of entryBlocks) {
    fb.switchTo(entry);
    for (const b of path) for (const slot of fb.slotsOf(b)) fb.emit({ k: 'storageLive', slot, span: s.span });
    fb.goto(target, s.span);
  }
  fb.breaks.push({ block: exit, depth: fb.frames.length });
  lowerStmt(fb, s.body);
  fb.breaks.pop();
  fb.fallInto(exit, s.span);
}

/** `lo <= value && value <= hi` goes to the range's case; otherwise on to the next test. */
function rangeTest(fb: FnBuilder, value: ReturnType<typeof rvalue>, kind: ReturnType<typeof scalarKindOf>,
  r: { lo: bigint; hi: bigint; target: BlockId }, span: StmtOf<'switch'>['span']): void {
  const [upper, next] = [fb.newBlock(), fb.newBlock()];
  const ge = fb.newLocal('', 'i32');
  fb.assign(ge, { k: 'binary', op: 'ge', kind, a: value, b: { k: 'const', kind, value: canonicalInt(kind, r.lo) }, check: false }, span);
  fb.terminate({ k: 'branch', cond: { k: 'local', id: ge }, condKind: 'i32', then: upper, else: next, span });
  fb.switchTo(upper);
  const le = fb.newLocal('', 'i32');
  fb.assign(le, { k: 'binary', op: 'le', kind, a: value, b: { k: 'const', kind, value: canonicalInt(kind, r.hi) }, check: false }, span);
  fb.terminate({ k: 'branch', cond: { k: 'local', id: le }, condKind: 'i32', then: r.target, else: next, span });
  fb.switchTo(next);
}
