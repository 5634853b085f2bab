/**
 * Emits one C function as one JS function (DESIGN.md decisions 6 to 8).
 *
 * Shape of the output:
 *
 *   function f3(a0, a1, a1p, $fr) {
 *     let bb = 0, d, t, sh, l0, l1, l1p, s0 = 0, s0a = 0;
 *     if ($fr === undefined) { l0 = a0; ...; d = ++D; FNI[d] = 3; SP += 48;
 *       if (d - JSB > JSMAX || SP > SMAX) { if (ENTER(d)) { UF.push(new HF(3, 0, d, [...])); return; } } }
 *     else { d = $fr.d; bb = $fr.bb; restore locals from $fr.v }
 *     L: for (;;) switch (bb) { case 0: ...; case 1: ... }
 *   }
 *
 * Register locals are JS variables (a pointer is two: address and
 * provenance), stack slots hold an allocation id and its address. After every
 * call the caller tests `UNW`: when the machine unwinds (JS depth limit,
 * later preemption and blocking), each active frame pushes its locals and a
 * resume block onto `UF` and returns; the prelude's trampoline resumes frames
 * from the heap by calling the same function with `$fr`. A call's resume
 * block reads the callee's result from `RV`/`RVP`.
 *
 * Names are mangled (`f<index>`, `l<id>`); no text of the C program appears
 * in the output: names and spans live in tables indexed by number.
 */
import type { Span } from '../../frontend/source.js';
import type { IrFunction, Operand, Rvalue, ScalarKind, Statement, Terminator } from '../../ir/ir.js';
import { abiSignature, is64 } from '../../ir/ir.js';
import type { ShimDef } from '../../shims/shim.js';
import { analyzeInit } from './init-analysis.js';
import { binary, convert, intToInt, KIND_CODE, unary } from './operators.js';
import { POISON_LIMIT } from '../../memory/poison.js';

/** What the emitter needs to know about the rest of the program. */
export interface EmitEnv {
  /** Index in FUNCS of a C function, by link name. */
  fnIndex(linkName: string): number | undefined;
  /** Whether the C function may return without a value (falls off its end). */
  mayFallOff(linkName: string): boolean;
  /** A shim by C name, with its index in the machine's shim table. */
  shim(name: string): { index: number; def: ShimDef } | undefined;
  /** Address and provenance of a global allocation (decided before code generation). */
  global(id: number): { addr: number; prov: number };
  /** Address and provenance of a function's allocation (for `&f`). */
  func(name: string): { addr: number; prov: number };
  /** The ABI signature of a C function (abiSignature), by index in FUNCS. */
  signature(fnIndex: number): string;
  /** A site id for a span in the function being emitted. */
  site(span: Span): number;
  /** Index of a string in the machine's name table. */
  str(s: string): number;
}

type CallT = Extract<Terminator, { k: 'call' }>;

const LOAD: Record<ScalarKind, string> = {
  i8: 'ldI8', u8: 'ldU8', i16: 'ldI16', u16: 'ldU16', i32: 'ldI32', u32: 'ldU32',
  i64: 'ldI64', u64: 'ldU64', f32: 'ldF32', f64: 'ldF64', ptr: 'ldPtr',
};
const STORE: Record<ScalarKind, string> = {
  i8: 'st8', u8: 'st8', i16: 'st16', u16: 'st16', i32: 'st32', u32: 'st32',
  i64: 'st64', u64: 'st64', f32: 'stF32', f64: 'stF64', ptr: 'stPtr',
};

export function literal(v: number | bigint): string {
  if (typeof v === 'bigint') return `(${v}n)`;
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return 'Infinity';
  if (v === -Infinity) return '(-Infinity)';
  if (Object.is(v, -0)) return '(-0)';
  return v < 0 ? `(${v})` : String(v);
}

/** Rough C frame size for the stack limit: return address, saved frame pointer, named scalars, slots. */
export function frameSize(fn: IrFunction): number {
  let size = 16;
  for (const l of fn.locals) if (l.name !== '') size += 8;
  for (const s of fn.slots) size += Math.ceil(s.size / 16) * 16;
  return size;
}

export class FunctionEmitter {
  private readonly out: string[] = [];
  /** Locals definitely assigned at the current point of the current block. */
  private assigned = new Uint8Array(0);
  /** Call result temporaries whose callee may return no value, with the callee's name. */
  private readonly callResults = new Map<number, string>();
  private readonly resumes: string[] = [];
  private readonly nBlocks: number;
  private readonly frame: number;

  constructor(private readonly fn: IrFunction, private readonly index: number, private readonly env: EmitEnv) {
    this.nBlocks = fn.blocks.length;
    this.frame = frameSize(fn);
  }

  emit(): string {
    const fn = this.fn;
    const facts = analyzeInit(fn, (t) => this.callAssigns(t));
    const body: string[] = [];
    fn.blocks.forEach((block, b) => {
      this.assigned = Uint8Array.from(facts.atEntry[b]!);
      body.push(`case ${b}:`);
      for (const s of block.stmts) body.push(this.statement(s));
      body.push(this.terminator(block.terminator, b));
    });
    return [this.header(), ...body, ...this.resumes, `default: throw BADBB(bb); } }`].join('\n');
  }

  private callAssigns(t: CallT): boolean {
    if (t.dst === undefined) return true;
    const name = t.callee.k === 'direct' ? t.callee.name : undefined;
    const falls = name === undefined ? true : this.env.fnIndex(name) !== undefined && this.env.mayFallOff(name);
    if (!falls) return true;
    this.callResults.set(t.dst, name ?? '');
    return false;
  }

  // ---- frame layout -------------------------------------------------------

  private localVars(): string[] {
    const vars: string[] = [];
    for (const l of this.fn.locals) {
      vars.push(`l${l.id}`);
      if (l.kind === 'ptr') vars.push(`l${l.id}p`);
    }
    for (const s of this.fn.slots) vars.push(`s${s.id}`, `s${s.id}a`);
    return vars;
  }

  private paramNames(): string[] {
    const names: string[] = [];
    this.fn.params.forEach((id, i) => {
      names.push(`a${i}`);
      if (this.fn.locals[id]!.kind === 'ptr') names.push(`a${i}p`);
    });
    return names;
  }

  private save(bb: number): string {
    return `UF.push(new HF(${this.index}, ${bb}, d, [${this.localVars().join(', ')}])); return;`;
  }

  private header(): string {
    const fn = this.fn;
    const vars = this.localVars();
    const decls = ['bb = 0', 'd = 0', 't', 't2', 'sh', ...vars.map((v) => (v.startsWith('s') ? `${v} = 0` : v))];
    const args = fn.params.map((id, i) => {
      const isPtr = fn.locals[id]!.kind === 'ptr';
      return `l${id} = a${i};${isPtr ? ` l${id}p = a${i}p;` : ''}`;
    }).join(' ');
    const restore = vars.map((v, i) => `${v} = v[${i}];`).join(' ');
    return [
      `function f${this.index}(${[...this.paramNames(), '$fr'].join(', ')}) {`,
      `let ${decls.join(', ')};`,
      `if ($fr === undefined) { ${args}`,
      // The variadic area is made before `d` is pushed, so its allocation backtrace ends at the call.
      `${fn.variadic ? `VAENTER(D + 1, VA, ${this.env.str(fn.name)}); VA = NOVA; ` : ''}d = ++D; FNI[d] = ${this.index}; SP += ${this.frame};`,
      `if (d - JSB > JSMAX || SP > SMAX) { if (ENTER(d)) { ${this.save(0)} } }`,
      `} else { d = $fr.d; bb = $fr.bb; const v = $fr.v; ${restore} }`,
      `L: for (;;) switch (bb) {`,
    ].join('\n');
  }

  // ---- operands -----------------------------------------------------------

  /** A non-pointer operand as a JS expression, with an uninitialized-read check when needed. */
  private val(o: Operand, site: number): string {
    switch (o.k) {
      case 'local': return this.readLocal(o.id, site);
      case 'const': return literal(o.value);
      default: return this.ptr(o, site)[0];
    }
  }

  /** A pointer operand as [address, provenance]. */
  private ptr(o: Operand, site: number): [string, string] {
    switch (o.k) {
      case 'local':
        if (this.fn.locals[o.id]!.kind !== 'ptr') return [this.readLocal(o.id, site), `PROVFOR(${this.readLocal(o.id, site)}, ${site})`];
        return [this.readLocal(o.id, site), `l${o.id}p`];
      case 'const': return [literal(typeof o.value === 'bigint' ? Number(o.value) : o.value), '0'];
      case 'slotAddr': return [`s${o.slot}a`, `s${o.slot}`];
      case 'globalAddr': {
        const g = this.env.global(o.global);
        return [literal(g.addr), String(g.prov)];
      }
      case 'funcAddr': {
        const f = this.env.func(o.name);
        return [literal(f.addr), String(f.prov)];
      }
    }
  }

  private readLocal(id: number, site: number): string {
    if (this.assigned[id]) return `l${id}`;
    const callee = this.callResults.get(id);
    if (callee !== undefined) return `(l${id} === undefined ? MISSRET(${site}, ${this.env.str(callee)}) : l${id})`;
    const name = this.fn.locals[id]!.name;
    return `(l${id} === undefined ? UNINIT(${site}, ${this.env.str(name)}) : l${id})`;
  }

  private kindOf(o: Operand): ScalarKind {
    switch (o.k) {
      case 'local': return this.fn.locals[o.id]!.kind;
      case 'const': return o.kind;
      default: return 'ptr';
    }
  }

  // ---- statements -----------------------------------------------------------

  private statement(s: Statement): string {
    const site = this.env.site(s.span);
    switch (s.k) {
      case 'assign': {
        const code = this.assign(s.dst, s.rv, site);
        this.assigned[s.dst] = 1;
        return code;
      }
      case 'store': {
        const [a, p] = this.ptr(s.ptr, site);
        if (s.align !== undefined) {
          const [v, vp] = s.kind === 'ptr' ? this.ptr(s.value, site) : [this.val(s.value, site), '0'];
          return `stPacked(${a}, ${p}, '${s.kind}', ${s.align}, ${v}, ${vp}, ${site});`;
        }
        if (s.kind === 'ptr') {
          const [va, vp] = this.ptr(s.value, site);
          return `stPtr(${a}, ${p}, ${va}, ${vp}, ${site});`;
        }
        return `${STORE[s.kind]}(${a}, ${p}, ${this.val(s.value, site)}, ${site});`;
      }
      case 'bitStore': {
        const [a, p] = this.ptr(s.ptr, site);
        if (s.kind === 'i8' || s.kind === 'u8') {
          // A poison (uninitialized) character cannot be stored into part of a byte: that is a use.
          return `t = ${this.val(s.value, site)}; ${poisonCheck(2, s.kind, site)} CS[d] = ${site}; BFST(${a}, ${p}, ${s.nbytes}, ${s.shift}, ${s.width}, t);`;
        }
        return `CS[d] = ${site}; BFST(${a}, ${p}, ${s.nbytes}, ${s.shift}, ${s.width}, ${this.val(s.value, site)});`;
      }
      case 'copy': {
        const [da, dp] = this.ptr(s.dst, site);
        const [sa, sp] = this.ptr(s.src, site);
        return `CPY(${da}, ${dp}, ${sa}, ${sp}, ${s.size}, ${site});`;
      }
      case 'zero': {
        const [a, p] = this.ptr(s.dst, site);
        return `ZERO(${a}, ${p}, ${s.size}, ${site});`;
      }
      case 'storageLive': {
        // The allocation is recorded at the variable's declaration, so notes point there.
        const slot = this.fn.slots[s.slot]!;
        const v = `s${s.slot}`;
        if (s.size !== undefined) {
          // A VLA: a jump back before its declaration ended the old one (6.2.4p7), so free it first.
          const size = this.val(s.size, site);
          return `CS[d] = ${site}; if (${v}) SDEAD(${v}); ${v} = VLIVE(${size}, ${slot.align}, ${this.env.str(slot.name)}, SP); ${v}a = BASEOF(${v});`;
        }
        return `CS[d] = ${this.env.site(slot.span)}; ${v} = SLIVE(${slot.size}, ${slot.align}, ${this.env.str(slot.name)}); ${v}a = BASEOF(${v});`;
      }
      case 'storageDead': {
        const v = `s${s.slot}`;
        if (this.fn.slots[s.slot]!.dynamic) return `CS[d] = ${site}; if (${v}) { SDEAD(${v}); ${v} = 0; }`;
        return `CS[d] = ${site}; SDEAD(${v});`;
      }
    }
  }

  private assign(dst: number, rv: Rvalue, site: number): string {
    const kind = this.fn.locals[dst]!.kind;
    const D = `l${dst}`;
    switch (rv.k) {
      case 'use': {
        if (kind === 'ptr') {
          const [a, p] = this.ptr(rv.a, site);
          return `t = ${a}; ${D}p = ${p}; ${D} = t;`;
        }
        return `${D} = ${this.val(rv.a, site)};`;
      }
      case 'binary':
        return binary(D, rv.op, rv.kind, this.val(rv.a, site), this.val(rv.b, site), rv.bKind ?? rv.kind, rv.check, site);
      case 'unary': {
        if (rv.kind === 'ptr') return `${D} = (${this.ptr(rv.a, site)[0]} === 0) ? 1 : 0;`;
        return unary(D, rv.op, rv.kind, this.val(rv.a, site), rv.check, site);
      }
      case 'cast': return this.cast(D, rv, site);
      case 'ptrAdd': {
        const [a, p] = this.ptr(rv.ptr, site);
        const idx = is64(rv.indexKind) ? `Number(${this.val(rv.index, site)})` : this.val(rv.index, site);
        const offset = rv.scale === 1 ? idx : `${idx} * ${rv.scale}`;
        const check = rv.check ? ` ARITH(${a}, ${p}, t, ${site});` : '';
        return `t = ${a} + ${offset};${check} ${D}p = ${p}; ${D} = t;`;
      }
      case 'ptrDiff': {
        const [a1, p1] = this.ptr(rv.a, site);
        const [a2, p2] = this.ptr(rv.b, site);
        const diff = rv.scale === 1 ? `(${a1} - ${a2})` : `Math.trunc((${a1} - ${a2}) / ${rv.scale})`;
        return `DIFF(${a1}, ${p1}, ${a2}, ${p2}, ${site}); ${D} = ${diff} + 0;`;
      }
      case 'ptrCompare': {
        const [a1, p1] = this.ptr(rv.a, site);
        const [a2, p2] = this.ptr(rv.b, site);
        const js = { eq: '===', ne: '!==', lt: '<', le: '<=', gt: '>', ge: '>=' }[rv.op];
        if (rv.op === 'eq' || rv.op === 'ne') return `${D} = (${a1} ${js} ${a2}) ? 1 : 0;`;
        // Addresses are signed numbers (memory/pointer.ts); the order is unsigned: of two addresses
        // with different signs the negative one is the greater.
        return `RELCMP(${a1}, ${p1}, ${a2}, ${p2}, ${site}); ${D} = ((${a1} < 0) === (${a2} < 0) ? ${a1} ${js} ${a2} : ${a2} ${js} ${a1}) ? 1 : 0;`;
      }
      case 'load': {
        const [a, p] = this.ptr(rv.ptr, site);
        if (rv.align !== undefined) {
          return `${D} = ldPacked(${a}, ${p}, '${rv.kind}', ${rv.align}, ${site});${rv.kind === 'ptr' ? ` ${D}p = MEM.lastProv;` : ''}`;
        }
        if (rv.kind === 'ptr') return `${D} = ldPtr(${a}, ${p}, ${site}); ${D}p = MEM.lastProv;`;
        return `${D} = ${LOAD[rv.kind]}(${a}, ${p}, ${site});`;
      }
      case 'bitLoad': {
        const [a, p] = this.ptr(rv.ptr, site);
        return `CS[d] = ${site}; ${D} = BFLD(${a}, ${p}, ${rv.nbytes}, ${rv.shift}, ${rv.width}, ${KIND_CODE[rv.kind]});`;
      }
    }
  }

  private cast(D: string, rv: Extract<Rvalue, { k: 'cast' }>, site: number): string {
    const { from, to } = rv;
    if (from === 'i8' || from === 'u8') return this.charCast(D, rv, site);
    if (rv.toBool) {
      const v = from === 'ptr' ? this.ptr(rv.a, site)[0] : this.val(rv.a, site);
      return `${D} = (${v} !== 0) ? 1 : 0;`;
    }
    if (from === 'ptr' && to === 'ptr') {
      const [a, p] = this.ptr(rv.a, site);
      return `t = ${a}; ${D}p = ${p}; ${D} = t;`;
    }
    if (from === 'ptr') {
      // Pointer to integer exposes the allocation (permissive provenance, DESIGN.md decision 10).
      const [a, p] = this.ptr(rv.a, site);
      return `EXPOSE(${p}); ${D} = ${intToInt('i64', to, a)};`; // addresses are signed (memory/pointer.ts)
    }
    if (to === 'ptr') {
      return `${D} = TOADDR(${this.val(rv.a, site)}); ${D}p = PROVFOR(${D}, ${site});`;
    }
    return `${D} = ${convert(from, to, this.val(rv.a, site), site)};`;
  }

  /**
   * A conversion from a character type: a poison value (an uninitialized
   * byte, memory/poison.ts) stays poison when converted to the other
   * character type (still a copy) and is reported when converted to anything
   * else (a use).
   */
  private charCast(D: string, rv: Extract<Rvalue, { k: 'cast' }>, site: number): string {
    const { from, to } = rv;
    const head = `t = ${this.val(rv.a, site)};`;
    if (!rv.toBool && (to === 'i8' || to === 'u8')) return `${head} ${D} = t < ${POISON_LIMIT} ? t : ${convert(from, to, 't', site)};`;
    const check = poisonCheck(0, from === 'u8' ? 'u8' : 'i8', site);
    if (rv.toBool) return `${head} ${check} ${D} = (t !== 0) ? 1 : 0;`;
    if (to === 'ptr') return `${head} ${check} ${D} = TOADDR(t); ${D}p = PROVFOR(${D}, ${site});`;
    return `${head} ${check} ${D} = ${convert(from, to, 't', site)};`;
  }

  // ---- terminators ----------------------------------------------------------

  /** Jump to `target`; a backward jump (a loop) spends the step budget, which may suspend here. */
  private jump(target: number, from: number): string {
    const back = target <= from ? `if (--BUDGET < 0 && TICK(d)) { ${this.save(target)} } ` : '';
    if (!back && target === from + 1) return '';
    return `${back}bb = ${target}; continue L;`;
  }

  private terminator(t: Terminator, b: number): string {
    const site = this.env.site(t.span);
    switch (t.k) {
      case 'goto': return this.jump(t.target, b);
      case 'branch': {
        const c = t.condKind === 'ptr' ? this.ptr(t.cond, site)[0] : this.val(t.cond, site);
        if (t.condKind === 'i8' || t.condKind === 'u8') {
          const taken = this.jump(t.then, b) || `bb = ${t.then}; continue L;`;
          return `t = ${c}; ${poisonCheck(1, t.condKind, site)} if (t !== 0) { ${taken} } ${this.jump(t.else, b)}`;
        }
        const taken = this.jump(t.then, b) || `bb = ${t.then}; continue L;`;
        const other = this.jump(t.else, b);
        return `if (${c} !== 0) { ${taken} } ${other}`;
      }
      case 'switch': {
        const v = this.val(t.value, site);
        const cases = t.cases.map((c) => `case ${literal(c.value)}: ${this.jump(c.target, b) || `bb = ${c.target}; continue L;`}`);
        const dflt = this.jump(t.otherwise, b) || `bb = ${t.otherwise}; continue L;`;
        return `switch (${v}) { ${cases.join(' ')} default: ${dflt} }`;
      }
      case 'call': return this.call(t, b, site);
      case 'return': return this.ret(t, site);
      case 'unreachable':
        return `UNREACH(${site}, ${this.env.str(t.reason)});`;
      case 'unsequenced':
        return `UNSEQ(${site}, ${this.env.site(t.other)}, ${this.env.str(t.object)}, ${t.otherIsWrite ? 1 : 0});`;
    }
  }

  private ret(t: Extract<Terminator, { k: 'return' }>, site: number): string {
    const epilogue = `${this.fn.variadic ? `CS[d] = ${site}; VALEAVE(d); ` : ''}D = d - 1; SP -= ${this.frame};`;
    if (t.value === undefined) return `${epilogue} return;`;
    if (this.fn.retKind === 'ptr') {
      const [a, p] = this.ptr(t.value, site);
      return `t = ${a}; RP = ${p}; ${epilogue} return t;`;
    }
    return `t = ${this.val(t.value, site)}; ${epilogue} return t;`;
  }

  private call(t: CallT, b: number, site: number): string {
    const resume = this.nBlocks + this.resumes.length;
    const dst = t.dst;
    const isPtr = t.retKind === 'ptr';
    const setDst = (value: string, prov: string) =>
      dst === undefined ? '' : `l${dst} = ${value};${isPtr ? ` l${dst}p = ${prov};` : ''}`;
    const next = this.jump(t.next, b) || `bb = ${t.next}; continue L;`;
    this.resumes.push(`case ${resume}: ${setDst('RV', 'RVP')} ${next}`);
    const invoke = this.invocation(t, site);
    const after = `if (UNW) { ${this.save(resume)} }`;
    const result = setDst('t', 'RP');
    if (dst !== undefined && !this.callResults.has(dst)) this.assigned[dst] = 1;
    return `CS[d] = ${site}; t = ${invoke}; ${after} ${result} ${this.jump(t.next, b)}`;
  }

  /** The JS call expression for a call terminator. */
  private invocation(t: CallT, site: number): string {
    // A variadic callee takes the arguments past the prototype from `VA`, set just before the call.
    const nFixed = t.variadic && t.fixedArgs !== undefined ? t.fixedArgs : t.args.length;
    const args = (): string[] => {
      const out: string[] = [];
      t.args.slice(0, nFixed).forEach((a, i) => {
        if (t.argKinds[i] === 'ptr') out.push(...this.ptr(a, site));
        else out.push(this.val(a, site));
      });
      return out;
    };
    const withVa = (call: string): string => (t.variadic ? `(VA = ${this.varargs(t, nFixed, site)}, ${call})` : call);
    if (t.callee.k === 'indirect') {
      const [a, p] = this.ptr(t.callee.ptr, site);
      // The callee's signature is checked against the call's (an unprototyped call's promoted arguments included).
      const sig = this.env.str(this.callSignature(t));
      return withVa(`FUNCS[CALLEE(${a}, ${p}, ${site}, ${sig})](${args().join(', ')})`);
    }
    const name = t.callee.name;
    const fi = this.env.fnIndex(name);
    if (fi !== undefined) {
      // A prototype makes sema check the call; without one, the arguments must still match the definition (6.5.2.2p6).
      const own = this.env.signature(fi);
      if (t.fixedArgs === undefined && own !== this.callSignature(t)) {
        const detail = `\`${name}\` is \`${own}\` but is called as \`${this.callSignature(t)}\``;
        return `BADCALL(${site}, ${this.env.str(detail)})`;
      }
      return withVa(`f${fi}(${args().join(', ')})`);
    }
    const shim = this.env.shim(name);
    if (!shim) return `UNSUP(${site}, ${this.env.str(name)})`;
    return this.shimCall(t, shim.index, shim.def, site);
  }

  /** The signature a call expects of its callee (all arguments count for an unprototyped call). */
  private callSignature(t: CallT): string {
    return abiSignature(t.retKind, t.argKinds.slice(0, t.fixedArgs ?? t.args.length), t.variadic === true);
  }

  /** The arguments past `nFixed` as a JS array of VarArg objects (NOVA when there are none). */
  private varargs(t: CallT, nFixed: number, site: number): string {
    const items = t.args.slice(nFixed).map((a, j) => {
      const kind = t.argKinds[nFixed + j]!;
      const [v, p] = kind === 'ptr' ? this.ptr(a, site) : [this.val(a, site), '0'];
      return `{ kind: "${kind}", value: ${v}, prov: ${p} }`;
    });
    return items.length ? `[${items.join(', ')}]` : 'NOVA';
  }

  private shimCall(t: CallT, index: number, def: ShimDef, site: number): string {
    const fixed: string[] = [];
    const va: string[] = [];
    const nFixed = def.variadic ? def.params.length : t.args.length;
    t.args.forEach((a, i) => {
      const kind = t.argKinds[i]!;
      const v = kind === 'ptr' ? this.ptr(a, site) : [this.val(a, site), '0'];
      if (i < nFixed) {
        const want = def.params[i];
        if (want === 'ptr') fixed.push(kind === 'ptr' ? `{ addr: ${v[0]}, prov: ${v[1]} }` : `{ addr: Number(${v[0]}), prov: 0 }`);
        else fixed.push(v[0]!);
      } else {
        va.push(`{ kind: "${kind}", value: ${v[0]}, prov: ${v[1]} }`);
      }
    });
    const fn = def.ret === 'ptr' ? 'SHIMP' : 'SHIM';
    return `${fn}(${index}, [${fixed.join(', ')}], ${va.length ? `[${va.join(', ')}]` : 'NOVA'})`;
  }
}

export function kindCode(k: ScalarKind): number {
  return KIND_CODE[k];
}

/**
 * Reports `t` if it is a poison character (memory/poison.ts) used as `use`
 * (0 conversion, 1 branch, 2 bit-field store; runtime.ts POISON_USES).
 */
function poisonCheck(use: 0 | 1 | 2, kind: 'i8' | 'u8', site: number): string {
  return `if (t < ${POISON_LIMIT}) POISON(t, ${use}, ${kind === 'u8' ? 1 : 0}, ${site});`;
}
