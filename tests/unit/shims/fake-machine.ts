/**
 * A ShimMachine over the real `Memory` for shim unit tests: raise,
 * unsupported, exit and abort throw recognisable errors, program output is
 * captured per fd, and helpers build C strings, buffers and variadic
 * arguments. Calls go through `lookupShim`, as the machine's would.
 */
import seedrandom from 'seedrandom';
import { defaultConfig, type CiriConfig } from '../../../src/config.js';
import type { Frame, UB } from '../../../src/diagnostics/stop.js';
import { Memory } from '../../../src/memory/memory.js';
import type { Ptr } from '../../../src/memory/pointer.js';
import { lookupShim } from '../../../src/shims/dispatch.js';
import type { ShimMachine, ShimValue, VarArg } from '../../../src/shims/shim.js';

export class RaisedUB extends Error {
  constructor(readonly ub: UB) {
    super(`UB: ${ub.kind}`);
  }
}

export class Unsupported extends Error {}

export class Exited extends Error {
  constructor(readonly code: number) {
    super(`exit(${code})`);
  }
}

export class Aborted extends Error {
  constructor(readonly reason: string | undefined) {
    super(`abort(${reason ?? ''})`);
  }
}

export class OutOfMemory extends Error {}

export class Deadlocked extends Error {}

export class FakeMachine implements ShimMachine {
  readonly mem: Memory;
  readonly config: CiriConfig;
  readonly shimState = new Map<string, unknown>();
  currentShim = '';
  readonly atexitFns: Ptr[] = [];
  private readonly out: { 1: number[]; 2: number[] } = { 1: [], 2: [] };
  private readonly errnoPtr: Ptr;
  private readonly randoms = new Map<string, () => number>();

  constructor(overrides: Partial<CiriConfig> = {}) {
    this.config = defaultConfig({ files: ['prog.c'], ...overrides });
    this.mem = new Memory({ seed: this.config.seed, maxMemory: this.config.maxMemory }, {
      raise: (ub) => { throw new RaisedUB(ub); },
      outOfMemory: () => { throw new OutOfMemory('out of memory'); },
      stackId: () => 0,
      frames: (): readonly Frame[] => [],
    });
    const id = this.mem.allocate(4, 4, 'global', 'errno', true);
    this.errnoPtr = { addr: this.mem.base(id), prov: id };
  }

  raise(ub: UB): never { throw new RaisedUB(ub); }
  unsupported(what: string): never { throw new Unsupported(what); }
  exit(code: number): never { throw new Exited(code); }
  abort(message?: string): never { throw new Aborted(message); }
  signal(signal: number, name: string): never { throw new Aborted(`signal ${name} (${signal})`); }
  deadlock(what: string): never { throw new Deadlocked(what); }
  readonly endHooks: (() => void)[] = [];
  onProgramEnd(hook: () => void): void { this.endHooks.push(hook); }
  currentVaArea(): undefined { return undefined; }
  vaArea(): undefined { return undefined; }
  setErrno(code: number): void { this.mem.storeScalar(this.errnoPtr, 'i32', code); }
  errnoLocation(): Ptr { return this.errnoPtr; }
  atexit(fn: Ptr): boolean { this.atexitFns.push(fn); return true; }
  writeOutput(fd: 1 | 2, bytes: Uint8Array): void { this.out[fd].push(...bytes); }

  random(stream: 'io' | 'alloc' | 'schedule'): () => number {
    let r = this.randoms.get(stream);
    if (!r) { r = seedrandom(`${this.config.seed}:${stream}`); this.randoms.set(stream, r); }
    return r;
  }

  // ---- helpers for tests

  get errno(): number { return Number(this.mem.loadScalar(this.errnoPtr, 'i32')); }

  stdout(): string { return Buffer.from(this.out[1]).toString('latin1'); }
  stderr(): string { return Buffer.from(this.out[2]).toString('latin1'); }

  /** Calls a shim by C name, as the machine does. */
  call(name: string, args: ShimValue[] = [], varargs: VarArg[] = []): ShimValue | undefined {
    const def = lookupShim(name);
    if (!def) throw new Error(`no shim ${name}`);
    this.currentShim = name;
    const r = def.handler(this, args, varargs);
    return r === undefined ? undefined : r;
  }

  /** Calls a shim that returns a pointer. */
  callPtr(name: string, args: ShimValue[] = [], varargs: VarArg[] = []): Ptr {
    return this.call(name, args, varargs) as Ptr;
  }

  /** A buffer of `size` bytes (uninitialized unless `init` is given). */
  buffer(size: number, kind: 'heap' | 'stack' | 'global' = 'stack', init?: number[] | Uint8Array): Ptr {
    const id = this.mem.allocate(size, 16, kind, 'buf');
    const p = { addr: this.mem.base(id), prov: id };
    if (init) this.mem.writeBytes(p, Uint8Array.from(init));
    return p;
  }

  /** A C string (latin1 bytes plus NUL) in its own allocation of exactly that size. */
  cstr(s: string, kind: 'heap' | 'stack' | 'global' | 'string' = 'string'): Ptr {
    const bytes = Buffer.from(s + '\0', 'latin1');
    const id = this.mem.allocate(bytes.length, 1, kind, undefined);
    const p = { addr: this.mem.base(id), prov: id };
    this.mem.writeBytes(p, bytes);
    return p;
  }

  /** The NUL-terminated string at p, as latin1. */
  read(p: Ptr): string {
    const n = this.mem.strlen(p);
    return Buffer.from(this.mem.readBytes(p, n, true)).toString('latin1');
  }

  /** The string at p from `call`'s pointer result. */
  readResult(p: ShimValue | undefined): string {
    return this.read(p as Ptr);
  }
}

export const at = (p: Ptr, n: number): Ptr => ({ addr: p.addr + n, prov: p.prov });
export const NULL: Ptr = { addr: 0, prov: 0 };

// Variadic arguments after the default promotions.
export const vi = (v: number): VarArg => ({ kind: 'i32', value: v | 0, prov: 0 });
export const vu = (v: number): VarArg => ({ kind: 'u32', value: v >>> 0, prov: 0 });
export const vl = (v: number | bigint): VarArg => ({ kind: 'i64', value: v, prov: 0 });
export const vul = (v: number | bigint): VarArg => ({ kind: 'u64', value: v, prov: 0 });
export const vd = (v: number): VarArg => ({ kind: 'f64', value: v, prov: 0 });
export const vp = (p: Ptr): VarArg => ({ kind: 'ptr', value: p.addr, prov: p.prov });

/** Runs `f` and returns the UB it raised (fails the test if none). */
export function ubOf(f: () => unknown): UB {
  try {
    f();
  } catch (e) {
    if (e instanceof RaisedUB) return e.ub;
    throw e;
  }
  throw new Error('expected UB, but the call returned');
}
