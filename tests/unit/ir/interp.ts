/**
 * A small reference interpreter of the IR for lowering tests: it runs a
 * lowered program so tests can assert what the C program computes, and
 * throws `IrFault` for the checks the machine makes (dead slot, out of
 * bounds, uninitialized local, signed overflow, division by zero).
 *
 * It is deliberately naive (integers as bigint, pointers as allocation plus
 * offset, JS recursion for calls) and independent of the real backend.
 */
import type { IrFunction, IrModule, Operand, Rvalue, ScalarKind, Statement, Terminator } from '../../../src/ir/ir.js';
import { isFloatKind, isSignedKind, scalarSize } from '../../../src/ir/ir.js';

export interface Ptr { readonly alloc: number; readonly off: number; readonly fn?: string }
export type Value = bigint | number | Ptr;

export class IrFault extends Error {}

interface Alloc { bytes: Uint8Array; ptrs: Map<number, Ptr>; live: boolean; readonly name: string; readonly readonly: boolean }

export type ExternFn = (interp: Interp, args: Value[]) => Value | undefined;

export class Interp {
  readonly allocs: Alloc[] = [{ bytes: new Uint8Array(0), ptrs: new Map(), live: false, name: 'null', readonly: true }];
  private readonly globals: number[] = [];
  steps = 0;

  constructor(readonly mod: IrModule, readonly externs: Record<string, ExternFn> = {}) {
    for (const g of mod.globals) this.globals[g.id] = this.allocate(g.size, g.name);
    for (const g of mod.globals) {
      const a = this.allocs[this.globals[g.id]!]!;
      for (const item of g.init) {
        if (item.k === 'bytes') a.bytes.set(item.data, item.offset);
        else if (item.k === 'globalPtr') a.ptrs.set(item.offset, { alloc: this.globals[item.global]!, off: item.addend });
        else a.ptrs.set(item.offset, { alloc: 0, off: 0, fn: item.name });
      }
      (a as { readonly: boolean }).readonly = g.readonly;
    }
  }

  allocate(size: number, name: string): number {
    this.allocs.push({ bytes: new Uint8Array(size), ptrs: new Map(), live: true, name, readonly: false });
    return this.allocs.length - 1;
  }

  /** Read a NUL-terminated string (for extern shims in tests). */
  cString(p: Ptr): string {
    const a = this.allocs[p.alloc]!;
    let end = p.off;
    while (a.bytes[end] !== 0) end++;
    return new TextDecoder().decode(a.bytes.subarray(p.off, end));
  }

  call(name: string, args: Value[]): Value | undefined {
    const fn = this.mod.functions.find((f) => f.linkName === name);
    if (fn) return this.run(fn, args);
    const ext = this.externs[name];
    if (!ext) throw new IrFault(`call of unknown function ${name}`);
    return ext(this, args);
  }

  private run(fn: IrFunction, args: Value[]): Value | undefined {
    const locals: (Value | undefined)[] = new Array(fn.locals.length).fill(undefined);
    const slots: number[] = [];
    fn.params.forEach((id, i) => { locals[id] = args[i]; });
    const env = { fn, locals, slots };
    let bb = 0;
    for (;;) {
      if (++this.steps > 1_000_000) throw new IrFault('step limit');
      const block = fn.blocks[bb]!;
      for (const s of block.stmts) this.statement(env, s);
      const t: Terminator = block.terminator;
      switch (t.k) {
        case 'goto': bb = t.target; break;
        case 'branch': bb = truthy(this.operand(env, t.cond)) ? t.then : t.else; break;
        case 'switch': {
          const v = BigInt(this.operand(env, t.value) as bigint);
          bb = t.cases.find((c) => BigInt(c.value) === v)?.target ?? t.otherwise;
          break;
        }
        case 'call': {
          const argv = t.args.map((a) => this.operand(env, a));
          const name = t.callee.k === 'direct' ? t.callee.name : (this.operand(env, t.callee.ptr) as Ptr).fn;
          if (name === undefined) throw new IrFault('call through a non-function pointer');
          const r = this.call(name, argv);
          if (t.dst !== undefined) locals[t.dst] = r;
          bb = t.next;
          break;
        }
        case 'return': return t.value === undefined ? undefined : this.operand(env, t.value);
        case 'unreachable': throw new IrFault(`unreachable: ${t.reason}`);
      }
    }
  }

  private operand(env: { fn: IrFunction; locals: (Value | undefined)[]; slots: number[] }, o: Operand): Value {
    switch (o.k) {
      case 'local': {
        const v = env.locals[o.id];
        if (v === undefined) throw new IrFault(`uninitialized local _${o.id} "${env.fn.locals[o.id]!.name}"`);
        return v;
      }
      case 'const': return o.kind === 'ptr' ? { alloc: 0, off: 0 } : isFloatKind(o.kind) ? Number(o.value) : BigInt(o.value);
      case 'slotAddr': {
        const a = env.slots[o.slot];
        if (a === undefined || !this.allocs[a]!.live) throw new IrFault(`address of dead slot${o.slot}`);
        return { alloc: a, off: 0 };
      }
      case 'globalAddr': return { alloc: this.globals[o.global]!, off: 0 };
      case 'funcAddr': return { alloc: 0, off: 0, fn: o.name };
    }
  }

  private statement(env: { fn: IrFunction; locals: (Value | undefined)[]; slots: number[] }, s: Statement): void {
    switch (s.k) {
      case 'assign': env.locals[s.dst] = this.rvalue(env, s.rv); return;
      case 'store': this.store(this.operand(env, s.ptr) as Ptr, s.kind, this.operand(env, s.value)); return;
      case 'copy': {
        const d = this.access(this.operand(env, s.dst) as Ptr, s.size, true);
        const src = this.access(this.operand(env, s.src) as Ptr, s.size, false);
        const bytes = src.a.bytes.slice(src.off, src.off + s.size);
        const ptrs = [...src.a.ptrs].filter(([o]) => o >= src.off && o < src.off + s.size);
        d.a.bytes.set(bytes, d.off);
        for (const o of [...d.a.ptrs.keys()]) if (o >= d.off && o < d.off + s.size) d.a.ptrs.delete(o);
        for (const [o, p] of ptrs) d.a.ptrs.set(o - src.off + d.off, p);
        return;
      }
      case 'zero': {
        const d = this.access(this.operand(env, s.dst) as Ptr, s.size, true);
        d.a.bytes.fill(0, d.off, d.off + s.size);
        return;
      }
      case 'storageLive': {
        const old = env.slots[s.slot];
        if (old !== undefined && this.allocs[old]!.live) throw new IrFault(`slot${s.slot} made live twice`);
        const slot = env.fn.slots[s.slot]!;
        env.slots[s.slot] = this.allocate(slot.size, slot.name);
        return;
      }
      case 'storageDead': {
        const a = env.slots[s.slot];
        if (a === undefined || !this.allocs[a]!.live) throw new IrFault(`slot${s.slot} killed while dead`);
        this.allocs[a]!.live = false;
        return;
      }
    }
  }

  private access(p: Ptr, size: number, write: boolean): { a: Alloc; off: number } {
    const a = this.allocs[p.alloc];
    if (!a || p.alloc === 0) throw new IrFault('null pointer access');
    if (!a.live) throw new IrFault(`use after free of "${a.name}"`);
    if (p.off < 0 || p.off + size > a.bytes.length) throw new IrFault(`out-of-bounds access to "${a.name}" at ${p.off}`);
    if (write && a.readonly) throw new IrFault(`write to read-only "${a.name}"`);
    return { a, off: p.off };
  }

  load(p: Ptr, kind: ScalarKind): Value {
    const size = scalarSize(kind);
    const { a, off } = this.access(p, size, false);
    if (kind === 'ptr') return a.ptrs.get(off) ?? { alloc: 0, off: Number(readInt(a.bytes, off, 8, false)) };
    const view = new DataView(a.bytes.buffer, a.bytes.byteOffset);
    if (kind === 'f32') return view.getFloat32(off, true);
    if (kind === 'f64') return view.getFloat64(off, true);
    return readInt(a.bytes, off, size, isSignedKind(kind));
  }

  store(p: Ptr, kind: ScalarKind, v: Value): void {
    const size = scalarSize(kind);
    const { a, off } = this.access(p, size, true);
    for (const o of [...a.ptrs.keys()]) if (o > off - 8 && o < off + size) a.ptrs.delete(o);
    if (kind === 'ptr') { a.bytes.fill(0, off, off + 8); a.ptrs.set(off, v as Ptr); return; }
    const view = new DataView(a.bytes.buffer, a.bytes.byteOffset);
    if (kind === 'f32') view.setFloat32(off, v as number, true);
    else if (kind === 'f64') view.setFloat64(off, v as number, true);
    else { let x = BigInt.asUintN(size * 8, v as bigint); for (let i = 0; i < size; i++) { a.bytes[off + i] = Number(x & 255n); x >>= 8n; } }
  }

  private rvalue(env: { fn: IrFunction; locals: (Value | undefined)[]; slots: number[] }, rv: Rvalue): Value {
    const op = (o: Operand) => this.operand(env, o);
    switch (rv.k) {
      case 'use': return op(rv.a);
      case 'binary': return binary(rv.op, rv.kind, op(rv.a), op(rv.b), rv.check);
      case 'unary': {
        const a = op(rv.a);
        if (rv.op === 'not') return truthy(a) ? 0n : 1n;
        if (isFloatKind(rv.kind)) return -(a as number);
        const r = rv.op === 'neg' ? -(a as bigint) : ~(a as bigint);
        return fit(rv.kind, r, rv.check, 'neg');
      }
      case 'cast': {
        const a = op(rv.a);
        if (rv.toBool) return truthy(a) ? 1n : 0n;
        return cast(a, rv.to);
      }
      case 'ptrAdd': {
        const p = op(rv.ptr) as Ptr;
        const off = p.off + Number(op(rv.index) as bigint) * rv.scale;
        if (rv.check && p.alloc !== 0 && (off < 0 || off > this.allocs[p.alloc]!.bytes.length)) throw new IrFault('pointer arithmetic out of bounds');
        return { ...p, off };
      }
      case 'ptrDiff': return BigInt(((op(rv.a) as Ptr).off - (op(rv.b) as Ptr).off) / rv.scale);
      case 'ptrCompare': {
        const a = op(rv.a) as Ptr, b = op(rv.b) as Ptr;
        const same = a.alloc === b.alloc && a.off === b.off && a.fn === b.fn;
        const r = { eq: same, ne: !same, lt: a.off < b.off, le: a.off <= b.off, gt: a.off > b.off, ge: a.off >= b.off }[rv.op];
        return r ? 1n : 0n;
      }
      case 'load': return this.load(op(rv.ptr) as Ptr, rv.kind);
    }
  }
}

function readInt(bytes: Uint8Array, off: number, size: number, signed: boolean): bigint {
  let x = 0n;
  for (let i = size - 1; i >= 0; i--) x = (x << 8n) | BigInt(bytes[off + i]!);
  return signed ? BigInt.asIntN(size * 8, x) : x;
}

export function truthy(v: Value): boolean {
  if (typeof v === 'object') return v.alloc !== 0 || v.off !== 0 || v.fn !== undefined;
  return typeof v === 'bigint' ? v !== 0n : v !== 0;
}

function fit(kind: ScalarKind, r: bigint, check: boolean, what: string): bigint {
  const bits = scalarSize(kind) * 8;
  const wrapped = isSignedKind(kind) ? BigInt.asIntN(bits, r) : BigInt.asUintN(bits, r);
  if (check && isSignedKind(kind) && wrapped !== r) throw new IrFault(`signed overflow in ${what}`);
  return wrapped;
}

function binary(op: string, kind: ScalarKind, a: Value, b: Value, check: boolean): Value {
  const cmp: Record<string, (x: number | bigint, y: number | bigint) => boolean> = {
    eq: (x, y) => x === y, ne: (x, y) => x !== y, lt: (x, y) => x < y, le: (x, y) => x <= y, gt: (x, y) => x > y, ge: (x, y) => x >= y,
  };
  if (cmp[op]) return cmp[op]!(a as bigint, b as bigint) ? 1n : 0n;
  if (isFloatKind(kind)) {
    const x = a as number, y = b as number;
    const r = op === 'add' ? x + y : op === 'sub' ? x - y : op === 'mul' ? x * y : x / y;
    return kind === 'f32' ? Math.fround(r) : r;
  }
  const x = a as bigint, y = b as bigint;
  if ((op === 'div' || op === 'rem') && y === 0n) throw new IrFault('division by zero');
  if ((op === 'shl' || op === 'shr') && (y < 0n || y >= BigInt(scalarSize(kind) * 8))) throw new IrFault('invalid shift');
  const r = { add: x + y, sub: x - y, mul: x * y, div: y === 0n ? 0n : x / y, rem: y === 0n ? 0n : x % y, shl: x << y, shr: x >> y, and: x & y, or: x | y, xor: x ^ y }[op]!;
  return fit(kind, r, check, op);
}

function cast(a: Value, to: ScalarKind): Value {
  if (to === 'ptr') return typeof a === 'object' ? a : { alloc: 0, off: Number(a) };
  if (typeof a === 'object') return BigInt(a.off);
  if (isFloatKind(to)) return to === 'f32' ? Math.fround(Number(a)) : Number(a);
  if (typeof a === 'number') {
    const t = BigInt(Math.trunc(a));
    if (fit(to, t, false, 'cast') !== t) throw new IrFault('float to int out of range');
    return t;
  }
  return fit(to, a, false, 'cast');
}
