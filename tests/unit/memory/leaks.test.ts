import { describe, expect, it } from 'vitest';
import { alloc, at, makeMemory } from './fake-hooks.js';

describe('leaks at exit', () => {
  it('reports nothing when every heap block was freed', () => {
    const { mem } = makeMemory();
    const p = alloc(mem, 8);
    alloc(mem, 8, 'global');
    alloc(mem, 8, 'stack');
    mem.free(p, 'heap', 'free');
    expect(mem.leaks()).toEqual([]);
  });

  it('tells blocks reachable from a global from lost ones', () => {
    const { mem } = makeMemory();
    const global = alloc(mem, 16, 'global', { zeroed: true });
    const kept = alloc(mem, 16);
    const lost = alloc(mem, 16);
    mem.storePtr(at(global, 8), kept);
    expect(mem.leaks()).toEqual([{ id: kept.prov, reachable: true }, { id: lost.prov, reachable: false }]);
  });

  it('follows chains of pointers between heap blocks, cycles included', () => {
    const { mem } = makeMemory();
    const head = alloc(mem, 8, 'global');
    const a = alloc(mem, 8), b = alloc(mem, 8), c = alloc(mem, 8);
    mem.storePtr(head, a);
    mem.storePtr(a, b);
    mem.storePtr(b, a);
    mem.storePtr(c, a);
    expect(mem.leaks()).toEqual([
      { id: a.prov, reachable: true }, { id: b.prov, reachable: true }, { id: c.prov, reachable: false },
    ]);
  });

  it('does not count a pointer whose slot was overwritten with an integer', () => {
    const { mem } = makeMemory();
    const head = alloc(mem, 8, 'global');
    const a = alloc(mem, 8);
    mem.storePtr(head, a);
    mem.storeScalar(head, 'u64', a.addr);
    expect(mem.leaks()).toEqual([{ id: a.prov, reachable: false }]);
  });

  it('does not follow pointers out of freed globals or stack slots', () => {
    const { mem } = makeMemory();
    const slot = alloc(mem, 8, 'stack');
    const a = alloc(mem, 8);
    mem.storePtr(slot, a);
    mem.freeStack(slot.prov);
    expect(mem.leaks()).toEqual([{ id: a.prov, reachable: false }]);
  });

  it('never reports mmap regions, and counts blocks they point to as reachable', () => {
    const { mem } = makeMemory();
    const region = alloc(mem, 4096, 'mmap', { align: 4096 });
    const a = alloc(mem, 8);
    mem.storePtr(at(region, 64), a);
    expect(mem.leaks()).toEqual([{ id: a.prov, reachable: true }]);
  });
});
