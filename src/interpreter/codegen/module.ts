/**
 * Assembles the generated functions of a program into one JS module and
 * instantiates it with `new Function` (DESIGN.md decisions 6 and 7).
 *
 * The module's prelude holds the machine registers that generated code
 * touches on every call (C depth `D`, JS stack base `JSB`, C stack bytes
 * `SP`, the unwinding flag `UNW`, return registers) as closure variables,
 * which V8 keeps in a context and optimises well, and the trampoline `RUN`
 * that resumes frames from the heap when the JS stack was unwound.
 *
 * Function index space: C functions first (in module order), then one
 * wrapper per shim or unknown function whose address is taken, so that a
 * function pointer to `strcmp` is called like any C function.
 */
import type { IrModule } from '../../ir/ir.js';
import type { ShimDef } from '../../shims/shim.js';
import { FunctionEmitter, type EmitEnv } from './function.js';

const HOT = ['ldI8', 'ldU8', 'ldI16', 'ldU16', 'ldI32', 'ldU32', 'ldI64', 'ldU64', 'ldF32', 'ldF64', 'ldPtr',
  'st8', 'st16', 'st32', 'st64', 'stF32', 'stF64', 'stPtr', 'ldPacked', 'stPacked'];

const RT: Record<string, string> = {
  OVF: 'ovf', DIV0: 'div0', SHAMT: 'shamt', SHNEG: 'shneg', SHOVF: 'shovf', OVF64: 'ovf64', SHOVF64: 'shovf64',
  FTOI: 'ftoi', TOADDR: 'toaddr', PROVFOR: 'provfor', EXPOSE: 'expose', SLIVE: 'slive', SDEAD: 'sdead',
  BASEOF: 'baseof', UNINIT: 'uninit', POISON: 'poison', MISSRET: 'missret', UNREACH: 'unreach', UNSEQ: 'unseq', UNSUP: 'unsup',
  SHIMCALL: 'shim', CALLEE: 'callee', TICKRT: 'tick', ENTERRT: 'enter', BADBB: 'badbb',
  VAENTER: 'vaenter', VALEAVE: 'valeave', BFLD: 'bfld', BFST: 'bfst', VLIVE: 'vlive', BADCALL: 'badcall',
};

const INT64 = ['toI32', 'toU32', 'addI64', 'subI64', 'mulI64', 'divI64', 'remI64', 'negI64', 'addU64', 'subU64',
  'mulU64', 'divU64', 'remU64', 'negU64', 'bitI64', 'notI64', 'shlI64', 'shrI64', 'i64ToU64', 'u64ToI64'];

/** JS names used by operators.ts for the int64 helpers. */
const INT64_ALIAS: Record<string, string> = {
  toI32: 'TOI32', toU32: 'TOU32', addI64: 'ADDI64', subI64: 'SUBI64', mulI64: 'MULI64', divI64: 'DIVI64',
  remI64: 'REMI64', negI64: 'NEGI64', addU64: 'ADDU64', subU64: 'SUBU64', mulU64: 'MULU64', divU64: 'DIVU64',
  remU64: 'REMU64', negU64: 'NEGU64', bitI64: 'BITI64', notI64: 'NOTI64', shlI64: 'SHLI64', shrI64: 'SHRI64',
  i64ToU64: 'I2U64', u64ToI64: 'U2I64',
};

const PRELUDE = `"use strict";
const H = E.hot, R = E.rt, I = E.int64, MEM = E.mem, CS = E.cs, FNI = E.fni;
const ${HOT.map((h) => `${h} = H.${h}`).join(', ')};
const ARITH = H.arith, DIFF = H.diff, RELCMP = H.relcmp, CPY = H.copy, ZERO = H.zero;
const ${Object.entries(RT).map(([k, v]) => `${k} = R.${v}`).join(', ')};
const ${INT64.map((f) => `${INT64_ALIAS[f]} = I.${f}`).join(', ')};
const SMAX = E.stackMax, JSMAX = E.jsMax, NOVA = [];
let D = 0, JSB = 0, SP = 0, UNW = false, RV, RVP = 0, RP = 0, BUDGET = E.quantum, VA = NOVA;
function TAKEVA() { const v = VA; VA = NOVA; return v; }
const UF = [];
function HF(f, bb, d, v) { this.f = f; this.bb = bb; this.d = d; this.v = v; }
function ENTER(d) { ENTERRT(d, SP); UNW = true; return true; }
function TICK(d) { BUDGET = TICKRT(d); return UNW; }
function SHIM(k, args, va) { return SHIMCALL(k, args, va); }
function SHIMP(k, args, va) { const r = SHIMCALL(k, args, va); RP = r.prov; return r.addr; }
`;

const EPILOGUE = `
function RUN(fi, args) {
  const outerJSB = JSB;
  JSB = D;
  const HS = [];
  let r = FUNCS[fi].apply(null, args);
  for (;;) {
    if (UNW) {
      UNW = false;
      for (let i = UF.length - 1; i >= 0; i--) HS.push(UF[i]);
      UF.length = 0;
    } else {
      if (HS.length === 0) break;
      RV = r; RVP = RP;
    }
    const fr = HS.pop();
    JSB = fr.d - 1; D = fr.d;
    r = RESUME[fr.f](fr);
  }
  JSB = outerJSB;
  return r;
}
function RESET() { D = 0; JSB = 0; SP = 0; UNW = false; UF.length = 0; VA = NOVA; }
return { RUN, RESET, depth: () => D, lastRP: () => RP, setBudget: (b) => { BUDGET = b; } };
`;

/** A function the machine gave an index to: defined in C, or a shim / unknown name reached through a pointer. */
export type FunctionEntry =
  | { readonly k: 'c'; readonly index: number; readonly linkName: string }
  | { readonly k: 'extern'; readonly index: number; readonly name: string; readonly nameStr: number; readonly shim: { index: number; def: ShimDef } | undefined };

export interface GeneratedModule {
  readonly source: string;
}

export function generateModule(mod: IrModule, entries: readonly FunctionEntry[], env: (fnIndex: number) => EmitEnv): GeneratedModule {
  const parts: string[] = [PRELUDE];
  const resumes: string[] = [];
  for (const e of entries) {
    if (e.k === 'c') {
      const fn = mod.functions[e.index]!;
      parts.push(new FunctionEmitter(fn, e.index, env(e.index)).emit());
      const undef = fn.params.map((id) => (fn.locals[id]!.kind === 'ptr' ? 'undefined, undefined' : 'undefined'));
      resumes.push(`(fr) => f${e.index}(${[...undef, 'fr'].join(', ')})`);
    } else {
      parts.push(externWrapper(e));
      resumes.push(`(fr) => BADBB(fr)`);
    }
  }
  parts.push(`const FUNCS = [${entries.map((e) => `f${e.index}`).join(', ')}];`);
  parts.push(`const RESUME = [${resumes.join(', ')}];`);
  parts.push(EPILOGUE);
  return { source: parts.join('\n') };
}

/** A C-callable function for a shim (or an unknown name) whose address was taken. */
function externWrapper(e: Extract<FunctionEntry, { k: 'extern' }>): string {
  if (!e.shim) return `function f${e.index}() { return UNSUP(-1, ${e.nameStr}); }`;
  const { def, index } = e.shim;
  const params: string[] = [];
  const args: string[] = [];
  def.params.forEach((k, i) => {
    if (k === 'ptr') { params.push(`a${i}`, `a${i}p`); args.push(`{ addr: a${i}, prov: a${i}p }`); }
    else { params.push(`a${i}`); args.push(`a${i}`); }
  });
  const call = def.ret === 'ptr' ? 'SHIMP' : 'SHIM';
  return `function f${e.index}(${params.join(', ')}) { return ${call}(${index}, [${args.join(', ')}], ${def.variadic ? 'TAKEVA()' : 'NOVA'}); }`;
}

export interface ModuleHandle {
  RUN(fi: number, args: unknown[]): unknown;
  RESET(): void;
  depth(): number;
  lastRP(): number;
  setBudget(b: number): void;
}

/** What the prelude destructures from `E`. */
export interface ModuleEnv {
  hot: object;
  rt: Record<string, unknown>;
  int64: object;
  mem: { lastProv: number };
  cs: Int32Array;
  fni: Int32Array;
  stackMax: number;
  jsMax: number;
  quantum: number;
}

export function instantiate(gen: GeneratedModule, env: ModuleEnv): ModuleHandle {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const factory = new Function('E', gen.source) as (e: ModuleEnv) => ModuleHandle;
  return factory(env);
}
