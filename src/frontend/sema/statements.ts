/**
 * Statements and blocks (C17 6.8), and GNU statement expressions.
 *
 * Each compound statement is a scope and a `TBlock` listing the automatic
 * objects declared directly in it (and the compound literals of its
 * expressions). A `for` with a declaration becomes a block around the loop
 * (6.8.5p5). The constraints are checked here: `break`/`continue` only
 * inside a loop or switch (6.8.6.2-3), `case`/`default` only inside a
 * switch, with distinct constant values converted to the promoted
 * controlling type (6.8.4.2p3,5), labels unique per function and every
 * `goto` target defined (6.8.6.1p1), and `return` with or without a value
 * as gcc checks it (6.8.6.4p1).
 *
 * Deliberately not here: declarations (declarations.ts) and function
 * definitions (functions.ts).
 *
 * Invariant: `ctx.blockLocals` is the locals list of the innermost block
 * under construction, and is restored when a block ends.
 */
import type { CompoundStatement, Declaration, Expr, Statement } from '../ast.js';
import { isInteger, promote, unqualified } from '../ctypes.js';
import type { Span } from '../source.js';
import type { TBlock, TExpr, TStmt, VarSymbol } from '../typed-ast.js';
import { internalError, type Sema, type SwitchState } from './context.js';
import { assignConvert, convert } from './conversions.js';
import { constantValue, expr, forEffect, scalarValue, value } from './expressions.js';
import { declaration } from './declarations.js';
import { wrapTo } from './constant.js';

/** A compound statement in a new scope. */
export function block(ctx: Sema, s: CompoundStatement): TBlock {
  return ctx.inScope('block', () => blockHere(ctx, s.items, s.span).block);
}

/**
 * The items of a block analysed in the current scope (a function body shares
 * its parameters' scope, 6.2.1p4). With `wantResult`, a final expression
 * statement is the value of a statement expression.
 */
export function blockHere(ctx: Sema, items: CompoundStatement['items'], span: Span, wantResult = false): { block: TBlock; result: TExpr | undefined } {
  const saved = ctx.blockLocals;
  const locals: VarSymbol[] = [];
  ctx.blockLocals = locals;
  const vlaDepth = ctx.fn?.vlas.length ?? 0;
  const out: TStmt[] = [];
  let result: TExpr | undefined;
  try {
    items.forEach((item, i) => {
      if (isDeclaration(item)) {
        out.push(...declaration(ctx, item));
      } else if (wantResult && i === items.length - 1 && item.kind === 'exprStmt' && item.expr) {
        result = value(ctx, item.expr);
        out.push({ k: 'expr', expr: result, span: item.span });
      } else {
        out.push(statement(ctx, item));
      }
    });
  } finally {
    ctx.blockLocals = saved;
    ctx.fn?.vlas.splice(vlaDepth);
  }
  return { block: { k: 'block', locals, items: out, span }, result };
}

function isDeclaration(item: Declaration | Statement): item is Declaration {
  return item.kind === 'declaration' || item.kind === 'staticAssert';
}

export function statement(ctx: Sema, s: Statement): TStmt {
  try {
    return statementKind(ctx, s);
  } catch (err) {
    internalError(ctx, s.span, err);
    return { k: 'empty', span: s.span };
  }
}

function statementKind(ctx: Sema, s: Statement): TStmt {
  const fn = ctx.fn!;
  switch (s.kind) {
    case 'compound': return block(ctx, s);
    case 'exprStmt':
      if (!s.expr) return { k: 'empty', span: s.span };
      return { k: 'expr', expr: forEffect(ctx, expr(ctx, s.expr)), span: s.span };
    case 'if': {
      const cond = scalarValue(ctx, s.cond);
      return { k: 'if', cond, then: statement(ctx, s.then), else: s.else ? statement(ctx, s.else) : undefined, span: s.span };
    }
    case 'switch': return switchStatement(ctx, s);
    case 'while': {
      const cond = scalarValue(ctx, s.cond);
      return { k: 'while', cond, body: loopBody(ctx, s.body), span: s.span };
    }
    case 'doWhile': {
      const body = loopBody(ctx, s.body);
      return { k: 'doWhile', body, cond: scalarValue(ctx, s.cond), span: s.span };
    }
    case 'for': return forStatement(ctx, s);
    case 'labeled': return labeled(ctx, s.label, s.body, s.span);
    case 'case': return caseLabel(ctx, s.value, s.last, s.body, s.span);
    case 'default': return defaultLabel(ctx, s.body, s.span);
    case 'goto':
      fn.gotos.push({ label: s.label, span: s.span, vlas: [...fn.vlas] });
      return { k: 'goto', label: s.label, span: s.span };
    case 'continue':
      if (!fn.jumps.includes('loop')) ctx.error(s.span, 'continue statement not within a loop');
      return { k: 'continue', span: s.span };
    case 'break':
      if (fn.jumps.length === 0) ctx.error(s.span, 'break statement not within loop or switch');
      return { k: 'break', span: s.span };
    case 'return': return returnStatement(ctx, s.expr, s.span);
    case 'asm':
      ctx.unsupported(s.span, 'inline assembly is not supported');
      return { k: 'empty', span: s.span };
    default: {
      const never: never = s;
      return { k: 'empty', span: (never as Statement).span };
    }
  }
}

function loopBody(ctx: Sema, body: Statement): TStmt {
  const jumps = ctx.fn!.jumps;
  jumps.push('loop');
  try {
    return statement(ctx, body);
  } finally {
    jumps.pop();
  }
}

/** `for (clause-1; expr-2; expr-3)`: a declaration in clause-1 is scoped to the loop (6.8.5.3). */
function forStatement(ctx: Sema, s: Extract<Statement, { kind: 'for' }>): TStmt {
  const init = s.init;
  if (init && (init.kind === 'declaration' || init.kind === 'staticAssert')) {
    return ctx.inScope('block', () => {
      const saved = ctx.blockLocals;
      const locals: VarSymbol[] = [];
      ctx.blockLocals = locals;
      try {
        const items = declaration(ctx, init);
        const loop = forRest(ctx, s, undefined);
        return { k: 'for', init: { k: 'block', locals, items, span: init.span }, cond: loop.cond, step: loop.step, body: loop.body, span: s.span };
      } finally {
        ctx.blockLocals = saved;
      }
    });
  }
  const first: TStmt | undefined = init ? { k: 'expr', expr: forEffect(ctx, expr(ctx, init as Expr)), span: init.span } : undefined;
  const loop = forRest(ctx, s, first);
  return { k: 'for', init: first, cond: loop.cond, step: loop.step, body: loop.body, span: s.span };
}

function forRest(ctx: Sema, s: Extract<Statement, { kind: 'for' }>, init: TStmt | undefined): { cond: TExpr | undefined; step: TExpr | undefined; body: TStmt; init: TStmt | undefined } {
  const cond = s.cond ? scalarValue(ctx, s.cond) : undefined;
  const step = s.step ? forEffect(ctx, expr(ctx, s.step)) : undefined;
  return { init, cond, step, body: loopBody(ctx, s.body) };
}

/** 6.8.4.2: the controlling expression has integer type and is promoted. */
function switchStatement(ctx: Sema, s: Extract<Statement, { kind: 'switch' }>): TStmt {
  const v = value(ctx, s.cond);
  let cond = v;
  if (!ctx.isPoison(v) && !isInteger(v.type)) {
    ctx.error(s.cond.span, 'switch quantity not an integer');
    cond = ctx.poison(v.span);
  }
  const type = promote(cond.type);
  cond = convert(ctx, cond, type, true);
  const fn = ctx.fn!;
  const state: SwitchState = { type, values: new Map(), ranges: [], defaultSpan: undefined, vlaDepth: fn.vlas.length };
  fn.switches.push(state);
  fn.jumps.push('switch');
  try {
    return { k: 'switch', cond, body: statement(ctx, s.body), span: s.span };
  } finally {
    fn.switches.pop();
    fn.jumps.pop();
  }
}

function caseValue(ctx: Sema, e: Expr, state: SwitchState | undefined): bigint | undefined {
  const v = constantValue(ctx, e);
  if (v.kind === 'value') return state ? wrapTo(state.type, v.value) : v.value;
  if (v.kind !== 'error') ctx.error(e.span, 'case label does not reduce to an integer constant');
  return undefined;
}

function caseLabel(ctx: Sema, valueExpr: Expr, lastExpr: Expr | undefined, body: Statement, span: Span): TStmt {
  const state = ctx.fn!.switches[ctx.fn!.switches.length - 1];
  if (!state) ctx.error(span, 'case label not within a switch statement');
  const lo = caseValue(ctx, valueExpr, state);
  const hi = lastExpr ? caseValue(ctx, lastExpr, state) : lo;
  const valid = lo !== undefined && hi !== undefined && state !== undefined;
  // Registered before the body, so that in `case 1: case 1:` the second label is the duplicate.
  if (valid && hi < lo) ctx.warn(span, 'empty range specified');
  else if (valid && lastExpr) checkRange(ctx, state, lo, hi, span);
  else if (valid) checkValue(ctx, state, lo, span);
  intoVlaScope(ctx, state, span);
  const inner = statement(ctx, body);
  if (!valid) return inner;
  return { k: 'case', value: lo, last: lastExpr ? hi : undefined, body: inner, span };
}

/** 6.8.4.2p2: a case or default label may not be in the scope of a VLA declared inside the switch. */
function intoVlaScope(ctx: Sema, state: SwitchState | undefined, span: Span): void {
  const vla = state ? ctx.fn!.vlas[state.vlaDepth] : undefined;
  if (vla) ctx.error(span, 'switch jumps into scope of identifier with variably modified type', [{ message: `'${vla.name}' declared here`, span: vla.span }]);
}

function duplicate(ctx: Sema, span: Span, previous: Span): void {
  ctx.error(span, 'duplicate case value', [{ message: 'previously used here', span: previous }]);
}

function checkValue(ctx: Sema, state: SwitchState, v: bigint, span: Span): void {
  const prior = state.values.get(v) ?? state.ranges.find((r) => v >= r.lo && v <= r.hi)?.span;
  if (prior) return duplicate(ctx, span, prior);
  state.values.set(v, span);
}

function checkRange(ctx: Sema, state: SwitchState, lo: bigint, hi: bigint, span: Span): void {
  const overlap = state.ranges.find((r) => lo <= r.hi && r.lo <= hi)?.span ??
    [...state.values].find(([v]) => v >= lo && v <= hi)?.[1];
  if (overlap) return duplicate(ctx, span, overlap);
  state.ranges.push({ lo, hi, span });
}

function defaultLabel(ctx: Sema, body: Statement, span: Span): TStmt {
  const state = ctx.fn!.switches[ctx.fn!.switches.length - 1];
  if (!state) ctx.error(span, "'default' label not within a switch statement");
  else if (state.defaultSpan) ctx.error(span, 'multiple default labels in one switch', [{ message: 'this is the first default label', span: state.defaultSpan }]);
  else state.defaultSpan = span;
  intoVlaScope(ctx, state, span);
  return { k: 'default', body: statement(ctx, body), span };
}

function labeled(ctx: Sema, label: string, body: Statement, span: Span): TStmt {
  const labels = ctx.fn!.labels;
  const prior = labels.get(label);
  if (prior) ctx.error(span, `duplicate label '${label}'`, [{ message: `previous definition of '${label}' was here`, span: prior }]);
  else {
    labels.set(label, span);
    ctx.fn!.labelVlas.set(label, [...ctx.fn!.vlas]);
  }
  return { k: 'labeled', label, body: statement(ctx, body), span };
}

/** 6.8.6.4: a value is converted as if by assignment to the return type. */
function returnStatement(ctx: Sema, e: Expr | undefined, span: Span): TStmt {
  const fn = ctx.fn!;
  const ret = unqualified(fn.ret);
  if (!e) {
    if (ret.kind !== 'void') ctx.warn(span, "'return' with no value, in function returning non-void");
    return { k: 'return', value: undefined, span };
  }
  const v = value(ctx, e);
  if (ret.kind === 'void') {
    if (v.type.kind !== 'void' && !ctx.isPoison(v)) ctx.warn(span, "'return' with a value, in function returning void");
    return { k: 'return', value: v.type.kind === 'void' ? v : convert(ctx, v, ret, true), span };
  }
  return { k: 'return', value: assignConvert(ctx, v, ret, { kind: 'return' }), span };
}

/** The labels of a function body: every `goto` must name one (6.8.6.1p1). */
export function checkLabels(ctx: Sema): void {
  const fn = ctx.fn!;
  for (const g of fn.gotos) {
    if (!fn.labels.has(g.label)) {
      ctx.error(g.span, `label '${g.label}' used but not defined`);
      continue;
    }
    // 6.8.6.1p1: a goto may not jump from outside the scope of a VLA to inside it.
    const entered = (fn.labelVlas.get(g.label) ?? []).find((v) => !(g.vlas ?? []).includes(v));
    if (entered) {
      ctx.error(g.span, 'jump into scope of identifier with variably modified type', [
        { message: `label '${g.label}' defined here`, span: fn.labels.get(g.label) },
        { message: `'${entered.name}' declared here`, span: entered.span },
      ]);
    }
  }
}

/** GNU `({ ... })`: a block whose last expression statement gives the value (void otherwise). */
export function statementExpression(ctx: Sema, body: CompoundStatement, span: Span): TExpr {
  if (!ctx.fn) {
    ctx.error(span, 'braced-group within expression allowed only inside a function');
    return ctx.poison(span);
  }
  const { block: b, result } = ctx.inScope('block', () => blockHere(ctx, body.items, body.span, true));
  if (result && ctx.isPoison(result)) return ctx.poison(span);
  const type = result ? unqualified(result.type) : { kind: 'void' as const };
  return { k: 'stmtExpr', body: b, result, type, span };
}
