/**
 * Scopes and the two name spaces sema resolves (C17 6.2.1, 6.2.3): ordinary
 * identifiers (objects, functions, typedef names, enumeration constants) and
 * tags (struct, union, enum). Labels have function scope and live in the
 * function state (context.ts); members live in their record.
 *
 * Deliberately not here: linkage (link.ts decides which symbol an external
 * name denotes); a scope only maps names to what is visible.
 *
 * Invariant: a name is declared at most once per scope and name space; a
 * redeclaration updates the existing entry (its type becomes the composite).
 */
import type { CType, RecordInfo } from '../ctypes.js';
import type { Span } from '../source.js';
import type { VarSymbol } from '../typed-ast.js';

export type Linkage = 'external' | 'internal' | 'none';

/** An object or a function visible under a name. */
export interface VarEntry {
  readonly k: 'var';
  readonly sym: VarSymbol;
  /** The type this declaration (and the earlier visible ones) gives the name: what expressions see. */
  type: CType;
  readonly linkage: Linkage;
  /** Declared with `register`: its address may not be taken (6.5.3.2p1). */
  readonly register: boolean;
  readonly span: Span;
}

export type OrdinaryEntry =
  | VarEntry
  | { readonly k: 'typedef'; readonly type: CType; readonly span: Span }
  | { readonly k: 'enumConst'; readonly value: bigint; readonly type: CType; readonly span: Span };

export type TagEntry =
  | { readonly k: 'record'; readonly rec: RecordInfo; readonly span: Span }
  /** `type` is the enum's compatible integer type (with `enumName`); `complete` once its list was seen. */
  | { readonly k: 'enum'; type: CType; complete: boolean; readonly span: Span };

export type ScopeKind = 'file' | 'block' | 'params';

export class Scope {
  /** Ordinary identifiers declared directly in this scope. */
  readonly ordinary = new Map<string, OrdinaryEntry>();
  /** Tags declared directly in this scope; made with the first, as most scopes (blocks, parameter lists) declare none. */
  private tags: Map<string, TagEntry> | undefined;

  constructor(readonly parent: Scope | undefined, readonly kind: ScopeKind) {}

  /** The innermost visible ordinary entry for `name`. */
  lookup(name: string): OrdinaryEntry | undefined {
    for (let s: Scope | undefined = this; s; s = s.parent) {
      const e = s.ordinary.get(name);
      if (e) return e;
    }
    return undefined;
  }

  /** The innermost visible tag `name`, with the scope declaring it. */
  lookupTag(name: string): { entry: TagEntry; scope: Scope } | undefined {
    for (let s: Scope | undefined = this; s; s = s.parent) {
      const entry = s.tags?.get(name);
      if (entry) return { entry, scope: s };
    }
    return undefined;
  }

  /** The tag `name` if declared directly in this scope. */
  tag(name: string): TagEntry | undefined {
    return this.tags?.get(name);
  }

  declareTag(name: string, entry: TagEntry): void {
    (this.tags ??= new Map()).set(name, entry);
  }

  /** The file scope this scope is nested in. */
  file(): Scope {
    let s: Scope = this;
    while (s.parent) s = s.parent;
    return s;
  }
}
