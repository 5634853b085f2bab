/**
 * Definite assignment of register locals, so that generated code checks for
 * an uninitialized read (DESIGN.md decision 8) only where a local may be read
 * before anything was written to it.
 *
 * A forward "must" dataflow over the CFG: a local is assigned at a block's
 * entry if it is assigned on every path from the function entry. Parameters
 * are assigned at entry; a call assigns its `dst` on the edge to `next`.
 */
import type { Block, IrFunction, Operand, Rvalue, Statement, Terminator } from '../../ir/ir.js';
import { successors } from '../../ir/ir.js';

export interface InitFacts {
  /** For each block, the locals definitely assigned at its entry. */
  readonly atEntry: readonly Uint8Array[];
}

/**
 * `callAssigns(t)` says whether a call certainly produces its result: a call
 * to a function that may fall off its end without a value does not, so a use
 * of its result is caught (C17 6.9.1p12).
 */
export function analyzeInit(fn: IrFunction, callAssigns: (t: Extract<Terminator, { k: 'call' }>) => boolean): InitFacts {
  const n = fn.locals.length;
  const blocks = fn.blocks;
  const entry: (Uint8Array | undefined)[] = new Array(blocks.length).fill(undefined);
  const start = new Uint8Array(n);
  for (const p of fn.params) start[p] = 1;
  entry[0] = start;
  const work: number[] = [0];
  const queued = new Uint8Array(blocks.length);
  queued[0] = 1;
  while (work.length > 0) {
    const b = work.shift()!;
    queued[b] = 0;
    const out = Uint8Array.from(entry[b]!);
    const block = blocks[b]!;
    for (const s of block.stmts) if (s.k === 'assign') out[s.dst] = 1;
    const t = block.terminator;
    if (t.k === 'call' && t.dst !== undefined && callAssigns(t)) out[t.dst] = 1;
    for (const succ of successors(t)) {
      const cur = entry[succ];
      let changed = false;
      if (cur === undefined) {
        entry[succ] = Uint8Array.from(out);
        changed = true;
      } else {
        for (let i = 0; i < n; i++) if (cur[i] === 1 && out[i] === 0) { cur[i] = 0; changed = true; }
      }
      if (changed && !queued[succ]) { queued[succ] = 1; work.push(succ); }
    }
  }
  // Unreachable blocks: treat everything as assigned (no code runs there).
  return { atEntry: entry.map((e) => e ?? new Uint8Array(n).fill(1)) };
}

/** Locals read by an operand (for the per-statement walk in the emitter). */
export function operandLocal(o: Operand): number | undefined {
  return o.k === 'local' ? o.id : undefined;
}

export function rvalueOperands(rv: Rvalue): Operand[] {
  switch (rv.k) {
    case 'use': return [rv.a];
    case 'binary': return [rv.a, rv.b];
    case 'unary': return [rv.a];
    case 'cast': return [rv.a];
    case 'ptrAdd': return [rv.ptr, rv.index];
    case 'ptrDiff': return [rv.a, rv.b];
    case 'ptrCompare': return [rv.a, rv.b];
    case 'load': case 'bitLoad': return [rv.ptr];
  }
}

export function statementOperands(s: Statement): Operand[] {
  switch (s.k) {
    case 'assign': return rvalueOperands(s.rv);
    case 'store': case 'bitStore': return [s.ptr, s.value];
    case 'copy': return [s.dst, s.src];
    case 'zero': return [s.dst];
    case 'storageLive': return s.size ? [s.size] : [];
    case 'storageDead': return [];
  }
}

export type { Block };
