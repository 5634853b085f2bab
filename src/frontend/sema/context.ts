/**
 * The state sema carries while it walks the translation units: diagnostics,
 * the scope chain, the function being analysed (labels, enclosing loops and
 * switches), the block whose automatic objects are being collected, and
 * symbol creation.
 *
 * Errors never unwind: a construct that cannot be typed records a
 * CompileError and yields a *poisoned* expression (an `int` 0 remembered in
 * a WeakSet) so that the operators around it stay quiet instead of
 * reporting a cascade of follow-on errors.
 *
 * Deliberately not here: what a name means across files (link.ts).
 *
 * Invariant: `scope` is always a descendant of (or equal to) the current
 * translation unit's file scope; `fn` is set exactly while a function body is
 * analysed.
 */
import type { CompileError, CompileErrorCategory } from '../../diagnostics/stop.js';
import { INT, type CType, type RecordInfo } from '../ctypes.js';
import type { Span, SourceMap } from '../source.js';
import type { TExpr, TInit, VarSymbol } from '../typed-ast.js';
import type { Linker } from './link.js';
import { Scope, type ScopeKind, type VarEntry } from './scope.js';

export interface SwitchState {
  /** The promoted type of the controlling expression; case values convert to it (6.8.4.2p5). */
  readonly type: CType;
  /** Case values seen so far, for the duplicate check, with their spans. */
  readonly values: Map<bigint, Span>;
  readonly ranges: { lo: bigint; hi: bigint; span: Span }[];
  defaultSpan: Span | undefined;
  /** How many VLAs were in scope at the `switch`: a case label inside a later one's scope is a constraint violation. */
  readonly vlaDepth: number;
}

export interface FunctionState {
  readonly name: string;
  readonly ret: CType;
  /** Labels defined so far (function scope, 6.2.1p3). */
  readonly labels: Map<string, Span>;
  /** Every `goto`, checked against `labels` when the body is done. */
  readonly gotos: { label: string; span: Span; vlas?: readonly VarSymbol[] }[];
  /** Enclosing statements a `break`/`continue` may leave, innermost last. */
  readonly jumps: ('loop' | 'switch')[];
  readonly switches: SwitchState[];
  /** Undeclared names already reported in this function (gcc reports each once). */
  readonly undeclared: Set<string>;
  /** The `__func__` object, created on first use (6.4.2.2). */
  funcName: VarSymbol | undefined;
  /** VLAs in scope at this point of the body, outermost first (6.8.6.1p1: no jump into their scope). */
  readonly vlas: VarSymbol[];
  /** The VLAs in scope at each label, and at each `goto`. */
  readonly labelVlas: Map<string, readonly VarSymbol[]>;
  /** Whether the function takes `...`, and the name of its last named parameter (for `va_start`). */
  readonly variadic?: boolean;
  readonly lastParam?: string;
}

/** A file-scope object of the translation unit being analysed, until its definition is settled (6.9.2). */
export interface UnitObject {
  readonly sym: VarSymbol;
  readonly entry: VarEntry;
  /** The initializer of its (one) external definition in this file. */
  init: TInit | undefined;
  defSpan: Span | undefined;
  /** The first declaration without initializer and without `extern`: a tentative definition. */
  tentativeSpan: Span | undefined;
}

/** What one translation unit defines, for its end (tentative definitions) and redefinition checks. */
export interface UnitState {
  /** In order of first declaration. */
  readonly objects: Map<VarSymbol, UnitObject>;
  readonly functions: Map<VarSymbol, Span>;
}

type NewSymbol = Omit<VarSymbol, 'id'>;

export class Sema {
  readonly errors: CompileError[] = [];
  /** Index of the translation unit being analysed. */
  tu = 0;
  fileScope: Scope = new Scope(undefined, 'file');
  scope: Scope = this.fileScope;
  fn: FunctionState | undefined;
  unit: UnitState = { objects: new Map(), functions: new Map() };
  /** > 0 inside `sizeof`, `_Alignof`, `typeof`: names are not "used" for linking. */
  unevaluated = 0;
  /** Automatic objects of the innermost block being built (compound literals are added here). */
  blockLocals: VarSymbol[] | undefined;
  /** Size computations of VLA types met but not yet placed in a statement or expression (vla.ts). */
  readonly vlaPending: TExpr[] = [];
  /** gcc explains "reported only once" after the first undeclared name only. */
  notedUndeclared = false;
  private nextSymbolId = 1;
  private nextRecordId = 1;
  private mangleCount = 0;
  private readonly poisoned = new WeakSet<TExpr>();

  constructor(readonly sources: SourceMap, readonly linker: Linker) {}

  // ---- diagnostics ------------------------------------------------------------

  error(span: Span | undefined, message: string, notes?: CompileError['notes'], category: CompileErrorCategory = 'type-error'): void {
    this.errors.push({ severity: 'error', category, message, span, ...(notes ? { notes } : {}) });
  }

  warn(span: Span | undefined, message: string, notes?: CompileError['notes']): void {
    this.errors.push({ severity: 'warning', category: 'type-error', message, span, ...(notes ? { notes } : {}) });
  }

  /** A construct ciri does not implement yet: not the program's fault, but no program either. */
  unsupported(span: Span, message: string): void {
    this.errors.push({ severity: 'error', category: 'unsupported', message, span });
  }

  /** An expression standing in for one that could not be typed; operators on it report nothing more. */
  poison(span: Span, type: CType = INT): TExpr {
    const e: TExpr = { k: 'intConst', value: 0n, type, span };
    this.poisoned.add(e);
    return e;
  }

  isPoison(e: TExpr): boolean {
    return this.poisoned.has(e);
  }

  // ---- symbols and records ----------------------------------------------------------

  newSymbol(s: NewSymbol): VarSymbol {
    return { id: this.nextSymbolId++, ...s };
  }

  /** A link name private to one translation unit or function (`name.N`), for internal linkage and static locals. */
  mangle(name: string): string {
    return `${name}.${++this.mangleCount}`;
  }

  newRecord(tag: string | undefined, isUnion: boolean): RecordInfo {
    return { id: this.nextRecordId++, tag, isUnion, members: undefined, size: 0, align: 1, hasFlexibleArray: false };
  }

  // ---- scopes ---------------------------------------------------------------------

  /** Run `body` in a new scope nested in the current one. */
  inScope<T>(kind: ScopeKind, body: (scope: Scope) => T): T {
    const saved = this.scope;
    this.scope = new Scope(saved, kind);
    try {
      return body(this.scope);
    } finally {
      this.scope = saved;
    }
  }

  /** Run `body` with names not counted as uses (operands of sizeof and the like, 6.5.3.4p2). */
  inUnevaluated<T>(body: () => T): T {
    this.unevaluated++;
    try {
      return body();
    } finally {
      this.unevaluated--;
    }
  }

  /** Record that `sym` is used by evaluated code (for the linker's undefined references). */
  use(sym: VarSymbol, span: Span): void {
    if (this.unevaluated === 0 && (sym.storage === 'global' || sym.storage === 'function')) this.linker.use(sym, span);
  }

  atFileScope(): boolean {
    return this.scope === this.fileScope;
  }
}

/** Turn an unexpected JS exception inside sema into an error at the node being analysed. */
export function internalError(ctx: Sema, span: Span | undefined, e: unknown): void {
  if (e instanceof RangeError && /call stack/i.test(e.message)) {
    // Sema recurses over the expression tree: a chain of tens of thousands of operators exhausts the JS stack.
    ctx.error(span, 'expression too deeply nested for ciri (split it into several statements)', undefined, 'unsupported');
    return;
  }
  const detail = e instanceof Error ? e.message : String(e);
  ctx.error(span, `internal error in ciri's semantic analysis: ${detail}`);
}
