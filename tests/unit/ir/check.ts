/**
 * Structural checks on lowered IR for tests: operands and targets exist,
 * local/slot/block ids are their indices, and slot lifetimes are sound on
 * every path (a slot is made live only when dead, killed only when live,
 * addressed only when live, the same at every join, and dead at every
 * return).
 */
import type { Block, IrFunction, IrModule, Operand, Statement, Terminator } from '../../../src/ir/ir.js';
import { successors } from '../../../src/ir/ir.js';

function operandsOf(s: Statement): Operand[] {
  switch (s.k) {
    case 'assign': {
      const rv = s.rv;
      switch (rv.k) {
        case 'use': case 'unary': case 'cast': return [rv.a];
        case 'binary': case 'ptrDiff': case 'ptrCompare': return [rv.a, rv.b];
        case 'ptrAdd': return [rv.ptr, rv.index];
        case 'load': return [rv.ptr];
      }
      return [];
    }
    case 'store': return [s.ptr, s.value];
    case 'copy': return [s.dst, s.src];
    case 'zero': return [s.dst];
    case 'storageLive': case 'storageDead': return [];
  }
}

function terminatorOperands(t: Terminator): Operand[] {
  switch (t.k) {
    case 'branch': return [t.cond];
    case 'switch': return [t.value];
    case 'call': return [...(t.callee.k === 'indirect' ? [t.callee.ptr] : []), ...t.args];
    case 'return': return t.value ? [t.value] : [];
    default: return [];
  }
}

/** Every problem found in one function, as sentences (empty when sound). */
export function checkFunction(fn: IrFunction, mod?: IrModule): string[] {
  const errors: string[] = [];
  fn.locals.forEach((l, i) => { if (l.id !== i) errors.push(`local ${i} has id ${l.id}`); });
  fn.slots.forEach((s, i) => { if (s.id !== i) errors.push(`slot ${i} has id ${s.id}`); });
  fn.blocks.forEach((b, i) => { if (b.id !== i) errors.push(`block ${i} has id ${b.id}`); });
  const checkOperand = (o: Operand, where: string, live: Set<number>) => {
    if (o.k === 'local' && !fn.locals[o.id]) errors.push(`${where}: unknown local _${o.id}`);
    if (o.k === 'slotAddr' && !live.has(o.slot)) errors.push(`${where}: address of dead slot${o.slot}`);
    if (o.k === 'globalAddr' && mod && !mod.globals[o.global]) errors.push(`${where}: unknown global g${o.global}`);
  };
  const entry: (Set<number> | undefined)[] = fn.blocks.map(() => undefined);
  entry[0] = new Set();
  const work = [0];
  const done = new Set<number>();
  while (work.length > 0) {
    const id = work.pop()!;
    if (done.has(id)) continue;
    done.add(id);
    const block: Block = fn.blocks[id]!;
    const live = new Set(entry[id]);
    block.stmts.forEach((s, i) => {
      const where = `bb${id}[${i}]`;
      for (const o of operandsOf(s)) checkOperand(o, where, live);
      if (s.k === 'assign' && !fn.locals[s.dst]) errors.push(`${where}: unknown destination _${s.dst}`);
      if (s.k === 'storageLive') {
        if (live.has(s.slot)) errors.push(`${where}: slot${s.slot} made live twice`);
        live.add(s.slot);
      }
      if (s.k === 'storageDead') {
        if (!live.has(s.slot)) errors.push(`${where}: slot${s.slot} killed while dead`);
        live.delete(s.slot);
      }
    });
    const t = block.terminator;
    for (const o of terminatorOperands(t)) checkOperand(o, `bb${id} terminator`, live);
    if (t.k === 'return' && live.size > 0) errors.push(`bb${id}: returns with live slots ${[...live].map((s) => `slot${s}`).join(', ')}`);
    for (const succ of successors(t)) {
      if (!fn.blocks[succ]) { errors.push(`bb${id}: jumps to missing bb${succ}`); continue; }
      const known = entry[succ];
      if (!known) { entry[succ] = new Set(live); work.push(succ); continue; }
      const same = known.size === live.size && [...known].every((s) => live.has(s));
      if (!same) errors.push(`bb${succ}: live slots differ between predecessors ({${[...known]}} vs {${[...live]}} from bb${id})`);
    }
  }
  return errors;
}

export function checkModule(mod: IrModule): string[] {
  return mod.functions.flatMap((f) => checkFunction(f, mod).map((e) => `${f.name}: ${e}`));
}

/** The statements of a function, flattened with their block ids. */
export function allStatements(fn: IrFunction): { block: number; s: Statement }[] {
  return fn.blocks.flatMap((b) => b.stmts.map((s) => ({ block: b.id, s })));
}
