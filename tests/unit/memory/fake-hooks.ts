/**
 * A fake machine for memory tests: `raise` throws a `Raised` carrying the UB
 * object (so tests inspect its data), the call stack is whatever the test
 * sets in `stack`, and an interned stack id n has one frame named `f<n>`.
 */
import type { Frame, UB } from '../../../src/diagnostics/stop.js';
import { NO_SPAN } from '../../../src/frontend/source.js';
import type { MemoryHooks } from '../../../src/memory/memory-api.js';
import { Memory } from '../../../src/memory/memory.js';
import type { Ptr } from '../../../src/memory/pointer.js';

export class Raised extends Error {
  constructor(readonly ub: UB, readonly site: number | undefined) {
    super(`UB ${ub.kind}`);
  }
}

export class OutOfMemory extends Error {
  constructor(readonly requested: number) {
    super('out of memory');
  }
}

export class FakeHooks implements MemoryHooks {
  /** The stack id `stackId()` reports. */
  stack = 0;
  raise(ub: UB, site?: number): never {
    throw new Raised(ub, site);
  }
  outOfMemory(requested: number): never {
    throw new OutOfMemory(requested);
  }
  stackId(): number {
    return this.stack;
  }
  frames(stackId: number): readonly Frame[] {
    return [{ fn: `f${stackId}`, span: NO_SPAN }];
  }
}

export function makeMemory(seed = 1, maxMemory = 2 ** 32): { mem: Memory; hooks: FakeHooks } {
  const hooks = new FakeHooks();
  return { mem: new Memory({ seed, maxMemory }, hooks), hooks };
}

/** The UB raised by `f`, or a failure when none is. */
export function ubOf(f: () => unknown): UB {
  try {
    f();
  } catch (e) {
    if (e instanceof Raised) return e.ub;
    throw e;
  }
  throw new Error('expected UB, but the operation succeeded');
}

/** The site `f` raised at. */
export function siteOf(f: () => unknown): number | undefined {
  try {
    f();
  } catch (e) {
    if (e instanceof Raised) return e.site;
    throw e;
  }
  throw new Error('expected UB, but the operation succeeded');
}

/** A pointer to the start of a new allocation. */
export function alloc(mem: Memory, size: number, kind: 'heap' | 'stack' | 'global' | 'string' | 'mmap' | 'function' = 'heap',
  opts: { align?: number; zeroed?: boolean; name?: string } = {}): Ptr {
  const id = mem.allocate(size, opts.align ?? 16, kind, opts.name, opts.zeroed ?? false);
  return { addr: mem.base(id), prov: id };
}

export function at(p: Ptr, offset: number): Ptr {
  return { addr: p.addr + offset, prov: p.prov };
}
