/**
 * Unsequenced side effects (C17 6.5p2, issue 4 item 11): "if a side effect
 * on a scalar object is unsequenced relative to either a different side
 * effect on the same scalar object or a value computation using the value of
 * the same scalar object, the behavior is undefined" (`i = i++ + 1`,
 * `a[i] = i++`, `f(i++, i++)`).
 *
 * Before a function is lowered, each of its full expressions is analysed
 * bottom-up. An expression yields the accesses it makes (reads and writes of
 * named objects) that are unsequenced relative to its siblings. Where an
 * operator evaluates operands without a sequence point between them (the
 * arithmetic, comparison and pointer operators, the operands of an
 * assignment, the callee and arguments of a call), a write in one operand
 * that overlaps an access in another is a conflict. An assignment's own store
 * is sequenced after the value computations of its operands (6.5.16p3) but
 * not after their side effects, so `i = i + 1` is fine and `i = i++` is not.
 * `&&`, `||`, `?:` and `,` have sequence points after their first operand
 * (6.5.13-17); a call's body is indeterminately sequenced (6.5.2.2p10).
 *
 * Lowering emits the report where the innermost expression holding the
 * conflict is evaluated, so it is raised only on a path that really makes
 * both accesses.
 *
 * What is tracked, deliberately: objects named by a variable, their members
 * (as bit ranges, so two bit-fields of one byte are two objects) and array
 * elements at constant indexes. Accesses through pointers (`*p = (*q)++` with
 * p == q) would need run-time address tracking and are not checked; accesses
 * under `&&`, `||` or `?:` operands after the first are left out rather than
 * risk a false alarm. Both make the check miss cases, never invent one.
 *
 * Invariant: a conflict is reported only between two accesses that are both
 * made whenever the expression holding them is evaluated.
 */
import type { Span } from '../../frontend/source.js';
import { sizeOf } from '../../frontend/ctypes.js';
import type { TExpr, TInit, TStmt, VarSymbol } from '../../frontend/typed-ast.js';

/** One access to (part of) a named object: bits [from, to) of `sym`. */
interface Access {
  readonly sym: VarSymbol;
  readonly from: number;
  readonly to: number;
  readonly write: boolean;
  /** The expression making the access (for the report). */
  readonly span: Span;
  /** How the object is written in the program (`i`, `s.len`, `a[2]`). */
  readonly text: string;
}

/** Accesses of an expression, unsequenced relative to its siblings. */
interface Effects {
  readonly reads: Access[];
  readonly writes: Access[];
}

/** No accesses yet (a constant, a plain variable located as an lvalue). */
function none(): Effects {
  return { reads: [], writes: [] };
}

export interface UnsequencedConflict {
  /** The side effect. */
  readonly write: Access;
  /** The other side effect or value computation of the same object. */
  readonly other: Access;
}

/** The conflicts of a function body, keyed by the expression node at which each must be reported. */
export function findUnsequenced(body: TStmt): Map<TExpr, UnsequencedConflict> {
  const found = new Map<TExpr, UnsequencedConflict>();
  statement(body, found);
  return found;
}

function statement(s: TStmt, out: Map<TExpr, UnsequencedConflict>): void {
  switch (s.k) {
    case 'block': for (let i = 0; i < s.items.length; i++) statement(s.items[i]!, out); return;
    case 'declare': if (s.init) initializer(s.init, out); return;
    case 'expr': full(s.expr, out); return;
    case 'if': full(s.cond, out); statement(s.then, out); if (s.else) statement(s.else, out); return;
    case 'switch': full(s.cond, out); statement(s.body, out); return;
    case 'case': case 'default': case 'labeled': statement(s.body, out); return;
    case 'while': full(s.cond, out); statement(s.body, out); return;
    case 'doWhile': statement(s.body, out); full(s.cond, out); return;
    case 'for':
      if (s.init) statement(s.init, out);
      if (s.cond) full(s.cond, out);
      if (s.step) full(s.step, out);
      statement(s.body, out);
      return;
    case 'return': if (s.value) full(s.value, out); return;
    case 'goto': case 'break': case 'continue': case 'empty': return;
  }
}

/** Initializer expressions are indeterminately sequenced (6.7.9p23): each is analysed on its own. */
function initializer(init: TInit, out: Map<TExpr, UnsequencedConflict>): void {
  for (let i = 0; i < init.items.length; i++) {
    const item = init.items[i]!;
    if (item.k === 'scalar' || item.k === 'copy') full(item.expr, out);
  }
}

function full(e: TExpr, out: Map<TExpr, UnsequencedConflict>): void {
  if (storesBelowRoot(e)) new Analysis(out).expr(e);
}

/**
 * Does `e` store anywhere but at its root? If not, it holds no conflict: a
 * conflict needs a write in one operand, and a store at the root is sequenced
 * after the value computations of its operands. Most full expressions
 * (`x = y + 1`, `f(a, b)`, `i < n`, `i++`) are cleared by this walk, which
 * allocates nothing, instead of by the analysis, which collects every access.
 * Statement expressions and compound literals count as stores: they hold
 * full expressions of their own, which the analysis must visit.
 */
function storesBelowRoot(e: TExpr): boolean {
  switch (e.k) {
    case 'assign': case 'compoundAssign': return stores(e.target) || stores(e.value);
    case 'incDec': return stores(e.target);
    default: return stores(e);
  }
}

function stores(e: TExpr): boolean {
  switch (e.k) {
    case 'assign': case 'compoundAssign': case 'incDec': case 'stmtExpr': case 'compoundLiteral': return true;
    case 'var': case 'string': case 'intConst': case 'floatConst': case 'nullPtr': return false;
    case 'deref': return stores(e.ptr);
    case 'member': return stores(e.object);
    case 'load': case 'decay': case 'addrOf': return stores(e.lvalue);
    case 'convert': case 'unary': return stores(e.operand);
    case 'binary': case 'compare': case 'ptrDiff': case 'logical': case 'comma': return stores(e.left) || stores(e.right);
    case 'ptrAdd': return stores(e.ptr) || stores(e.index);
    case 'conditional': return stores(e.cond) || stores(e.then) || stores(e.else);
    case 'call': return stores(e.callee) || e.args.some(stores);
  }
}

class Analysis {
  constructor(private readonly out: Map<TExpr, UnsequencedConflict>) {}

  /** The unsequenced accesses of `e` as an rvalue (or for its effects). */
  expr(e: TExpr): Effects {
    switch (e.k) {
      case 'var': case 'deref': case 'member': case 'string':
        return this.lvalueOperands(e);
      case 'compoundLiteral':
        initializer(e.init, this.out);
        return none();
      case 'load': {
        const fx = this.lvalueOperands(e.lvalue);
        const obj = objectOf(e.lvalue);
        if (obj) fx.reads.push(access(obj, false, e.span));
        return fx;
      }
      case 'decay': case 'addrOf': return this.lvalueOperands(e.lvalue);
      case 'convert': case 'unary': return this.expr(e.operand);
      case 'intConst': case 'floatConst': case 'nullPtr': return none();
      case 'binary': case 'compare': case 'ptrDiff':
        return this.unsequenced(e, [this.expr(e.left), this.expr(e.right)]);
      case 'ptrAdd': return this.unsequenced(e, [this.expr(e.ptr), this.expr(e.index)]);
      case 'logical': {
        // Sequence point after the left operand; the right one may not run.
        const left = this.expr(e.left);
        this.expr(e.right);
        return left;
      }
      case 'conditional': {
        const cond = this.expr(e.cond);
        this.expr(e.then);
        this.expr(e.else);
        return cond;
      }
      case 'comma': {
        const left = this.expr(e.left);
        const right = this.expr(e.right);
        return merge(left, right);
      }
      case 'assign': return this.store(e, e.target, this.expr(e.value), false);
      case 'compoundAssign': return this.store(e, e.target, this.expr(e.value), true);
      case 'incDec': return this.store(e, e.target, none(), true);
      case 'call': return this.unsequenced(e, [this.expr(e.callee), ...e.args.map((a) => this.expr(a))]);
      case 'stmtExpr':
        // Its statements are full expressions of their own.
        statement(e.body, this.out);
        return none();
    }
  }

  /** Accesses made while locating an lvalue (indexes, pointers), not the access to the object itself. */
  private lvalueOperands(e: TExpr): Effects {
    switch (e.k) {
      case 'var': case 'string': return none();
      case 'member': return this.lvalueOperands(e.object);
      case 'deref': return this.expr(e.ptr);
      case 'compoundLiteral': initializer(e.init, this.out); return none();
      default: return this.expr(e);
    }
  }

  /**
   * An assignment, compound assignment or increment of `target`: its operands
   * are unsequenced with each other; its store is sequenced after their value
   * computations but not after their side effects (6.5.16p3, 6.5.2.4p2).
   */
  private store(e: TExpr, target: TExpr, value: Effects, readsTarget: boolean): Effects {
    const fx = this.unsequenced(e, [this.lvalueOperands(target), value]);
    const obj = objectOf(target);
    if (!obj) return fx;
    const write = access(obj, true, e.span);
    const clash = fx.writes.find((w) => overlaps(w, write));
    if (clash) this.report(e, write, clash);
    if (readsTarget) fx.reads.push(access(obj, false, e.span));
    fx.writes.push(write);
    return fx;
  }

  /** Operands evaluated without a sequence point between them: a write in one must not meet an access in another. */
  private unsequenced(e: TExpr, operands: Effects[]): Effects {
    for (let i = 0; i < operands.length; i++) {
      for (let j = 0; j < operands.length; j++) {
        if (i === j) continue;
        const writes = operands[i]!.writes;
        for (let k = 0; k < writes.length; k++) {
          const w = writes[k]!;
          const other = operands[j]!.writes.find((x) => overlaps(x, w)) ?? operands[j]!.reads.find((x) => overlaps(x, w));
          if (other) this.report(e, w, other);
        }
      }
    }
    let acc = operands[0] ?? none();
    for (let i = 1; i < operands.length; i++) acc = merge(acc, operands[i]!);
    return acc;
  }

  private report(e: TExpr, write: Access, other: Access): void {
    // Bottom-up: the innermost expression holding a conflict is recorded first and kept.
    if (!this.out.has(e)) this.out.set(e, { write, other });
  }
}

/** Appends b's accesses to a's (a and b belong to sub-expressions that are not used again). */
function merge(a: Effects, b: Effects): Effects {
  for (let i = 0; i < b.reads.length; i++) a.reads.push(b.reads[i]!);
  for (let i = 0; i < b.writes.length; i++) a.writes.push(b.writes[i]!);
  return a;
}

/**
 * An access to `obj`. Built field by field rather than with `{ ...obj }`: the spread went through
 * V8's generic object-clone path and made this analysis a third of the lowering time.
 */
function access(obj: Omit<Access, 'write' | 'span'>, write: boolean, span: Span): Access {
  return { sym: obj.sym, from: obj.from, to: obj.to, write, span, text: obj.text };
}

function overlaps(a: Access, b: Access): boolean {
  return a.sym === b.sym && a.from < b.to && b.from < a.to;
}

/** The named object (or part of one) an lvalue designates, when it can be known without running the program. */
function objectOf(e: TExpr): Omit<Access, 'write' | 'span'> | undefined {
  switch (e.k) {
    case 'var': {
      if (e.sym.storage === 'function') return undefined;
      const size = safeSize(e.type);
      return size === undefined ? undefined : { sym: e.sym, from: 0, to: size * 8, text: e.sym.name };
    }
    case 'member': {
      const base = objectOf(e.object);
      if (!base) return undefined;
      const m = e.member;
      const from = base.from + m.offset * 8 + (m.bitOffset ?? 0);
      const bits = m.bitWidth ?? (safeSize(m.type) ?? 0) * 8;
      return { sym: base.sym, from, to: from + bits, text: `${base.text}.${m.name ?? '<anonymous>'}` };
    }
    case 'deref': {
      // a[k] with `a` an array variable (or member) and k a constant.
      const p = e.ptr;
      const size = safeSize(e.type);
      if (size === undefined) return undefined;
      if (p.k === 'decay') {
        const base = objectOf(p.lvalue);
        return base && { sym: base.sym, from: base.from, to: base.from + size * 8, text: `${base.text}[0]` };
      }
      if (p.k === 'ptrAdd' && p.ptr.k === 'decay' && p.index.k === 'intConst') {
        const base = objectOf(p.ptr.lvalue);
        if (!base) return undefined;
        const from = base.from + Number(p.index.value) * p.elemSize * 8;
        return { sym: base.sym, from, to: from + size * 8, text: `${base.text}[${p.index.value}]` };
      }
      return undefined;
    }
    default: return undefined;
  }
}

function safeSize(t: TExpr['type']): number | undefined {
  try {
    return sizeOf(t);
  } catch {
    return undefined;
  }
}
