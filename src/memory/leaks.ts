/**
 * Reachability at exit, for the leak report (DESIGN.md decision 13).
 *
 * A heap block still live at exit is a leak. It is "reachable" when a chain
 * of stored pointers leads to it from memory that outlives `main`: live
 * globals, and live mmap regions (which the program may also use to hold
 * pointers). Pointers are followed through the provenance shadow only: a
 * pointer that was turned into an integer and stored as such does not keep
 * its block reachable, as it would not for a conservative scanner that
 * ignores integer-typed words either.
 *
 * Not here: deciding which leaks are reported (the machine's leak-check mode).
 * mmap regions are never leaks themselves.
 */
import { KIND_CODE, STATE_FREE, type AllocationTable } from './allocation-table.js';
import type { Arena } from './arena.js';

const HEAP = KIND_CODE.heap;
const ROOTS = new Set([KIND_CODE.global, KIND_CODE.mmap, KIND_CODE.library]);

export function findLeaks(table: AllocationTable, arena: Arena): { id: number; reachable: boolean }[] {
  const marked = new Uint8Array(table.next);
  const work: number[] = [];
  for (let id = 1; id < table.next; id++) {
    if (table.state[id] !== STATE_FREE && ROOTS.has(table.kind[id]!)) {
      marked[id] = 1;
      work.push(id);
    }
  }
  while (work.length > 0) scan(work.pop()!, table, arena, marked, work);
  const leaks: { id: number; reachable: boolean }[] = [];
  for (let id = 1; id < table.next; id++) {
    if (table.state[id] !== STATE_FREE && table.kind[id] === HEAP) leaks.push({ id, reachable: marked[id] === 1 });
  }
  return leaks;
}

/** Marks and queues every live allocation that a pointer stored in allocation `id` points to. */
function scan(id: number, table: AllocationTable, arena: Arena, marked: Uint8Array, work: number[]): void {
  const o = table.base[id]!, n = table.size[id]!;
  const end = Math.ceil((o + n) / 8);
  for (let s = Math.floor(o / 8); s < end; s++) {
    const target = arena.prov[s]!;
    if (target !== 0 && marked[target] === 0 && table.state[target] !== STATE_FREE) {
      marked[target] = 1;
      work.push(target);
    }
  }
}
