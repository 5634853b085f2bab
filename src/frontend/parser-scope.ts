/**
 * The parser's view of ordinary identifiers: which names are typedef names in
 * the scope being parsed (the "lexer hack", DESIGN.md decision 3).
 *
 * C cannot be parsed without knowing whether `T` in `T * x;` names a type
 * (C17 6.7.8): a declaration with `typedef` makes a name a typedef name from
 * the end of its declarator on, and an ordinary declaration of the same name
 * in an inner scope (variable, function, parameter, enumeration constant)
 * hides it until that scope ends (C17 6.2.1p4). Struct tags and members live
 * in other name spaces and never come here.
 *
 * Not here: types, linkage, redeclaration rules (sema's job).
 *
 * Invariant: `isTypedef(name)` answers for the innermost visible declaration
 * of `name` in O(1); every binding added in a scope is removed when it ends.
 */

/** A name declared in one scope, kept so that a function's parameter scope can be re-entered for its body. */
export interface ScopeEntry {
  readonly name: string;
  readonly isTypedef: boolean;
}

export class TypedefScopes {
  /** For each name, the stack of its visible declarations (true = typedef name), innermost last. */
  private readonly bindings = new Map<string, boolean[]>();
  /** For each open scope, the names it declared and what they were, in order. */
  private readonly frames: Map<string, boolean>[] = [new Map()];

  /** Changes whenever what `isTypedef` answers may change (so a caller may cache an answer until then). */
  version = 0;

  /** The number of open scopes (1 = file scope only). */
  get depth(): number {
    return this.frames.length;
  }

  isTypedef(name: string): boolean {
    const stack = this.bindings.get(name);
    return stack !== undefined && stack.length > 0 && stack[stack.length - 1]!;
  }

  /** Declares `name` in the innermost scope; a redeclaration in the same scope replaces the earlier meaning. */
  declare(name: string, isTypedef: boolean): void {
    const frame = this.frames[this.frames.length - 1]!;
    this.version++;
    let stack = this.bindings.get(name);
    if (stack === undefined) {
      stack = [];
      this.bindings.set(name, stack);
    }
    if (frame.has(name)) stack[stack.length - 1] = isTypedef;
    else stack.push(isTypedef);
    frame.set(name, isTypedef);
  }

  push(entries: readonly ScopeEntry[] = []): void {
    this.frames.push(new Map());
    for (const e of entries) this.declare(e.name, e.isTypedef);
  }

  /** Closes the innermost scope and returns what it declared. */
  pop(): ScopeEntry[] {
    if (this.frames.length === 1) return [];
    const frame = this.frames.pop()!;
    this.version++;
    const entries: ScopeEntry[] = [];
    for (const [name, isTypedef] of frame) {
      this.bindings.get(name)!.pop();
      entries.push({ name, isTypedef });
    }
    return entries;
  }

  /** Closes scopes until `depth` remain (after a syntax error unwound the parser). */
  truncate(depth: number): void {
    while (this.frames.length > Math.max(depth, 1)) this.pop();
  }
}
