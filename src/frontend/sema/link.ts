/**
 * Linking (C17 6.2.2, 6.2.7, 6.9): one symbol per external name across all
 * translation units, and the checks a linker makes.
 *
 * Every declaration of an external name, in any file, gets the same
 * VarSymbol, and its type must be compatible with the earlier ones
 * (6.2.7p2). Types from different files are compared structurally, since
 * each file has its own RecordInfo for `struct s` (6.2.7p1). Internal names
 * get a fresh symbol with a mangled link name per file. At the end: an
 * external object used but defined nowhere is an "undefined reference"; a
 * function used but not defined goes to `externs` (a library shim); two
 * definitions of one name are a "multiple definition".
 *
 * Deliberately not here: which declaration has which linkage (declarations.ts
 * decides, following 6.2.2p3-5) and tentative definitions (finished per file
 * in declarations.ts before they reach `defineObject`).
 *
 * Invariant: `externals` maps a link name to the only symbol with that name.
 */
import type { CType } from '../ctypes.js';
import { compatible, typeToString } from '../ctypes.js';
import type { Span } from '../source.js';
import type { TFunction, TGlobal, TInit, TProgram, VarSymbol } from '../typed-ast.js';
import type { Sema } from './context.js';
import { composite, isReadonlyObject } from './types.js';

interface Declared {
  readonly type: CType;
  readonly span: Span;
  readonly tu: number;
  readonly implicit: boolean;
}

interface External {
  readonly sym: VarSymbol;
  readonly decls: Declared[];
}

export class Linker {
  private readonly externals = new Map<string, External>();
  private readonly internalFunctions: VarSymbol[] = [];
  /** First evaluated use of each symbol (for "undefined reference"). */
  private readonly uses = new Map<VarSymbol, Span>();
  /** Where each defined object or function was defined. */
  private readonly definitions = new Map<VarSymbol, Span>();
  private readonly globals: TGlobal[] = [];
  private readonly functions: TFunction[] = [];

  /**
   * The symbol of an external name, created on its first declaration. Returns
   * whether the new type is compatible with every earlier declaration
   * (reported otherwise, with the earlier declaration as a note).
   */
  external(ctx: Sema, linkName: string, name: string, storage: 'global' | 'function', type: CType, span: Span,
    implicit = false): { sym: VarSymbol; compatible: boolean } {
    let ext = this.externals.get(linkName);
    if (!ext) {
      const sym = ctx.newSymbol({ name, type, storage, external: true, addressTaken: type.kind === 'array' || type.kind === 'record', span, linkName });
      ext = { sym, decls: [] };
      this.externals.set(linkName, ext);
    }
    const sym = ext.sym;
    if (sym.storage !== storage) {
      ctx.error(span, `'${name}' redeclared as different kind of symbol`, [{ message: `previous declaration of '${name}'`, span: ext.decls[0]?.span }]);
      return { sym, compatible: false };
    }
    const ok = this.checkAgainst(ctx, ext, name, type, span);
    ext.decls.push({ type, span, tu: ctx.tu, implicit });
    if (ok) sym.type = composite(sym.type, type);
    return { sym, compatible: ok };
  }

  private checkAgainst(ctx: Sema, ext: External, name: string, type: CType, span: Span): boolean {
    for (const d of ext.decls) {
      const sameUnit = d.tu === ctx.tu;
      if (sameUnit ? compatible(d.type, type) : compatibleAcrossUnits(d.type, type)) continue;
      const previous = `previous ${d.implicit ? 'implicit ' : ''}declaration of '${name}' with type '${typeToString(d.type)}'`;
      ctx.error(span, `conflicting types for '${name}'; have '${typeToString(type)}'`, [{ message: previous, span: d.span }],
        sameUnit ? 'type-error' : 'link-error');
      return false;
    }
    return true;
  }

  /** A symbol with internal linkage (or a function-local static), private to its file. */
  internal(ctx: Sema, name: string, storage: 'global' | 'function', type: CType, span: Span): VarSymbol {
    const sym = ctx.newSymbol({ name, type, storage, external: false, addressTaken: false, span, linkName: ctx.mangle(name) });
    if (storage === 'function') this.internalFunctions.push(sym);
    return sym;
  }

  use(sym: VarSymbol, span: Span): void {
    if (!this.uses.has(sym)) this.uses.set(sym, span);
  }

  isDefined(sym: VarSymbol): boolean {
    return this.definitions.has(sym);
  }

  /** The definition of an object with static storage; a second one of the same symbol is a link error. */
  defineObject(ctx: Sema, sym: VarSymbol, init: TInit | undefined, span: Span): void {
    if (!this.claim(ctx, sym, span)) return;
    this.globals.push({ sym, init, readonly: isReadonlyObject(sym.type), span });
  }

  /** A static local, `__func__` or the like: defined exactly once by construction. */
  addGlobal(g: TGlobal): void {
    this.definitions.set(g.sym, g.span);
    this.globals.push(g);
  }

  defineFunction(ctx: Sema, fn: TFunction): void {
    if (!this.claim(ctx, fn.sym, fn.span)) return;
    this.functions.push(fn);
  }

  private claim(ctx: Sema, sym: VarSymbol, span: Span): boolean {
    const first = this.definitions.get(sym);
    if (first) {
      ctx.error(span, `multiple definition of '${sym.name}'`, [{ message: 'first defined here', span: first }], 'link-error');
      return false;
    }
    this.definitions.set(sym, span);
    sym.span = span;
    return true;
  }

  /** Resolve every use (6.9p5) and assemble the program. */
  finish(ctx: Sema): TProgram {
    const externs: VarSymbol[] = [];
    const externInfo = new Map<VarSymbol, { use: Span; declarations: Span[] }>();
    for (const { sym, decls } of this.externals.values()) {
      const use = this.uses.get(sym);
      if (this.definitions.has(sym) || !use) continue;
      if (sym.storage === 'function') {
        externs.push(sym);
        externInfo.set(sym, { use, declarations: decls.filter((d) => !d.implicit).map((d) => d.span) });
      } else {
        ctx.error(use, `undefined reference to '${sym.name}'`, undefined, 'link-error');
      }
    }
    for (const sym of this.internalFunctions) {
      const use = this.uses.get(sym);
      if (use && !this.definitions.has(sym)) ctx.error(use, `'${sym.name}' used but never defined`, undefined, 'link-error');
    }
    const main = this.externals.get('main');
    if (!main || main.sym.storage !== 'function' || !this.definitions.has(main.sym)) {
      ctx.error(undefined, "undefined reference to 'main'", undefined, 'link-error');
    }
    return { functions: this.functions, globals: this.globals, externs, externInfo };
  }
}

/**
 * C17 6.2.7p1: types from different translation units are compatible when
 * they are compatible in one, except that structures and unions are compared
 * member by member (same tag, same member names, compatible member types).
 */
export function compatibleAcrossUnits(a: CType, b: CType, top = true, seen = new Set<string>()): boolean {
  if (!top && (!!a.q?.const !== !!b.q?.const || !!a.q?.volatile !== !!b.q?.volatile)) return false;
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'void': case 'int': case 'float': return compatible(a, b);
    case 'pointer': return compatibleAcrossUnits(a.to, (b as typeof a).to, false, seen);
    case 'array': {
      const bb = b as typeof a;
      return (a.length === undefined || bb.length === undefined || a.length === bb.length) &&
        compatibleAcrossUnits(a.of, bb.of, false, seen);
    }
    case 'function': {
      const bb = b as typeof a;
      if (!compatibleAcrossUnits(a.ret, bb.ret, true, seen)) return false;
      if (!a.prototyped || !bb.prototyped) return true;
      return a.variadic === bb.variadic && a.params.length === bb.params.length &&
        a.params.every((p, i) => compatibleAcrossUnits(p, bb.params[i]!, true, seen));
    }
    case 'record': return sameRecord(a.rec, (b as typeof a).rec, seen);
  }
}

function sameRecord(x: Extract<CType, { kind: 'record' }>['rec'], y: typeof x, seen: Set<string>): boolean {
  if (x === y) return true;
  if (x.isUnion !== y.isUnion || x.tag !== y.tag) return false;
  if (!x.members || !y.members) return true;
  const key = `${x.id}:${y.id}`;
  if (seen.has(key)) return true;
  seen.add(key);
  const [xm, ym] = [x.members, y.members];
  return xm.length === ym.length && xm.every((m, i) => m.name === ym[i]!.name && compatibleAcrossUnits(m.type, ym[i]!.type, true, seen));
}
