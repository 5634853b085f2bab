/**
 * Lowering: the linked typed AST of a program to the IR (DESIGN.md decision 5).
 *
 * Globals first: each gets an id, then its initial image, built at compile
 * time (static-init.ts). Then each function: its parameters arrive in
 * register locals; an address-taken scalar parameter gets a slot that the
 * prologue makes live and fills; a record parameter arrives as a pointer to
 * the caller's copy, which is the parameter object itself; a record result
 * is written through a hidden first parameter (`sret`). Falling off the end
 * of `main` returns 0 (C17 5.1.2.2.3); falling off another non-void function
 * returns no value, which the machine reports if the caller uses it
 * (6.9.1p12).
 *
 * Deliberately not here: run-time initialization of globals (there is none)
 * and anything sema reports (lowering trusts the typed AST's contract, and
 * gives up with an 'unsupported' CompileError where it cannot follow).
 *
 * Invariant: the module's global ids are indices into `globals`; every
 * function name a call or address refers to is defined or listed in `externs`.
 */
import { isRecord } from '../../frontend/ctypes.js';
import type { TFunction, TProgram } from '../../frontend/typed-ast.js';
import type { IrFunction, IrModule, LocalId, SlotId, Statement } from '../ir.js';
import { isBoolType, scalarKindOf } from '../kinds.js';
import { FnBuilder, needsMemory } from './function.js';
import { ModuleContext } from './module-context.js';
import { setStaticImage } from './static-init.js';
import { closingBrace, lowerStmt } from './statements.js';
import { collectLabels } from './jumps.js';
import { findUnsequenced } from './unsequenced.js';

/** Lower a linked program to IR. Constructs lowering cannot handle yet throw CompileAbort with an 'unsupported' CompileError (span!). */
export function lower(program: TProgram): IrModule {
  const ctx = new ModuleContext(program);
  for (const g of program.globals) ctx.reserve(g.sym, g.readonly, g.span);
  for (const g of program.globals) {
    if (g.init) setStaticImage(ctx, ctx.globalOf(g.sym), g.sym.type, g.init, g.span);
  }
  const functions = program.functions.map((f) => lowerFunction(ctx, f));
  return { functions, globals: ctx.globals, externs: ctx.externList() };
}

function lowerFunction(ctx: ModuleContext, f: TFunction): IrFunction {
  const ret = f.type.ret;
  const sret = isRecord(ret);
  const isMain = f.sym.linkName === 'main';
  // The hidden result pointer is local 0, created first.
  const fb = new FnBuilder(ctx, f.span, { type: ret, sret: sret ? 0 : undefined, isMain, noreturn: f.noreturn === true });
  const params: LocalId[] = sret ? [fb.newLocal('', 'ptr')] : [];
  fb.switchTo(fb.newBlock());
  const paramSlots: SlotId[] = [];
  const prologue: Statement[] = [];
  for (const p of f.params) {
    if (isRecord(p.type)) {
      const id = fb.newLocal(p.name, 'ptr');
      params.push(id);
      fb.setHome(p, { k: 'indirect', ptr: id });
      continue;
    }
    const kind = scalarKindOf(p.type);
    const id = fb.newLocal(p.name, kind, isBoolType(p.type));
    params.push(id);
    if (!needsMemory(p)) {
      fb.setHome(p, { k: 'reg', id });
      continue;
    }
    const slot = fb.newSlot(p.name, p.type, p.span);
    paramSlots.push(slot);
    fb.setHome(p, { k: 'slot', id: slot });
    prologue.push({ k: 'store', ptr: { k: 'slotAddr', slot }, value: { k: 'local', id }, kind, span: p.span });
  }
  fb.pushFrame({ block: null, slots: paramSlots }, f.span);
  for (const s of prologue) fb.emit(s);
  collectLabels(fb, f.body);
  fb.unsequenced = findUnsequenced(f.body);
  lowerStmt(fb, f.body);
  if (fb.reachable) fallOffEnd(fb, f);
  return fb.finish({
    name: f.sym.name, linkName: f.sym.linkName, params, retKind: sret || ret.kind === 'void' ? 'void' : scalarKindOf(ret),
    sret, variadic: f.type.variadic,
  });
}

/** Control reached the closing brace of the function body. */
function fallOffEnd(fb: FnBuilder, f: TFunction): void {
  const span = closingBrace(f.body.span);
  if (fb.ret.noreturn) return fb.terminate({ k: 'unreachable', reason: 'noreturn-returned', span });
  fb.killAbove(0, span);
  const ret = f.type.ret;
  if (fb.ret.isMain && ret.kind === 'int') {
    fb.terminate({ k: 'return', value: { k: 'const', kind: scalarKindOf(ret), value: 0 }, span });
  } else {
    fb.terminate({ k: 'return', value: undefined, span });
  }
}
