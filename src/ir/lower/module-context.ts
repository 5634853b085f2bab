/**
 * What lowering knows about the whole program while it lowers one piece:
 * the table of globals (C objects, string literals, static compound
 * literals), which functions are defined, and which are external.
 *
 * Global ids are indices into `globals`, handed out in order: the program's
 * globals first (so an image may point at a global defined later), then
 * string literals and compound literals as lowering meets them. Every
 * string literal expression gets its own read-only global (C17 6.4.5p7 lets
 * identical literals share storage; keeping them apart is simpler and still
 * correct).
 *
 * Invariant: `globals[i].id === i`; a global's image is filled in once.
 */
import type { Span } from '../../frontend/source.js';
import type { CType } from '../../frontend/ctypes.js';
import { alignOf, sizeOf } from '../../frontend/ctypes.js';
import type { TExpr, TProgram, VarSymbol } from '../../frontend/typed-ast.js';
import type { GlobalId, GlobalInit, IrGlobal } from '../ir.js';
import { unsupported } from './errors.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export class ModuleContext {
  /** Globals in id order; images are filled in by static-init.ts. */
  readonly globals: Mutable<IrGlobal>[] = [];
  private readonly byId = new Map<VarSymbol, GlobalId>();
  /** Per string-literal expression, so a node lowered twice still names one object. */
  private readonly strings = new Map<TExpr | Uint8Array, GlobalId>();
  /** Link names of functions defined in C. */
  private readonly defined = new Set<string>();
  /** Functions referenced but not defined, by name, with the first span seen. */
  private readonly externs = new Map<string, Span>();
  private stringCount = 0;

  constructor(program: TProgram) {
    for (const f of program.functions) this.defined.add(f.sym.linkName);
    for (const e of program.externs) this.externs.set(e.linkName, e.span);
  }

  /** Reserve an id for a global object; `isNew` tells the caller to build its image. */
  reserve(sym: VarSymbol, readonly: boolean, span: Span): { id: GlobalId; isNew: boolean } {
    const known = this.byId.get(sym);
    if (known !== undefined) return { id: known, isNew: false };
    const { size, align: natural } = layout(sym.type, span, sym.name);
    const align = Math.max(natural, sym.align ?? 1);
    const id = this.push({ name: sym.name, linkName: sym.linkName, size, align, readonly, isString: false, span });
    this.byId.set(sym, id);
    return { id, isNew: true };
  }

  /** The global holding `sym` (a static-storage object); one with a zero image if never declared. */
  globalOf(sym: VarSymbol): GlobalId {
    return this.reserve(sym, false, sym.span).id;
  }

  /** A read-only string-literal global holding `data`; `key` identifies the literal. */
  stringLiteral(key: TExpr | Uint8Array, data: Uint8Array, type: CType | undefined, span: Span): GlobalId {
    const known = this.strings.get(key);
    if (known !== undefined) return known;
    const align = type && type.kind === 'array' ? alignOf(type) : 1;
    const size = Math.max(data.length, type && type.kind === 'array' && type.length !== undefined ? sizeOf(type) : 0);
    const id = this.push({
      name: 'string literal', linkName: `.str.${this.stringCount++}`, size, align, readonly: true, isString: true, span,
    });
    this.globals[id]!.init = data.length > 0 ? [{ k: 'bytes', offset: 0, data }] : [];
    this.strings.set(key, id);
    return id;
  }

  setImage(id: GlobalId, init: readonly GlobalInit[], size: number): void {
    const g = this.globals[id]!;
    g.init = init;
    if (size > g.size) g.size = size;
  }

  /** The name to call or take the address of; records an extern when the function is not defined. */
  functionName(sym: VarSymbol): string {
    if (!this.defined.has(sym.linkName) && !this.externs.has(sym.linkName)) this.externs.set(sym.linkName, sym.span);
    return sym.linkName;
  }

  externList(): { name: string; span: Span }[] {
    return [...this.externs].filter(([name]) => !this.defined.has(name)).map(([name, span]) => ({ name, span }));
  }

  private push(g: Omit<IrGlobal, 'id' | 'init'>): GlobalId {
    const id = this.globals.length;
    // Field by field: a spread of `g` with fields added after it takes V8's slow generic path.
    const { name, linkName, size, align, readonly, isString, span } = g;
    this.globals.push({ name, linkName, size, align, readonly, isString, span, id, init: [] });
    return id;
  }
}

function layout(t: CType, span: Span, name: string): { size: number; align: number } {
  try {
    return { size: sizeOf(t), align: alignOf(t) };
  } catch {
    return unsupported(span, `storage size of '${name}' isn't known`);
  }
}
