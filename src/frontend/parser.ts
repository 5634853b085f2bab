/**
 * The C11 parser: preprocessed tokens to the syntactic AST of ast.ts
 * (C17 annex A.2, plus the GNU extensions real code uses).
 *
 * This file holds the external definitions (C17 6.9) and the entry point;
 * the rules for expressions, specifiers, declarators and statements are in
 * the parser-*.ts files, layered as one class chain so that each rule can
 * call any other. How typedef names and error recovery work is explained in
 * parser-base.ts.
 *
 * Why by hand: the parser was first built on chevrotain (DESIGN.md decision
 * 3). On a 20 000-line unit, chevrotain's grammar analysis at start-up and
 * its per-rule runtime (closures, lookahead functions, exceptions for
 * control flow) were most of the parse and a third of a cold compile; the
 * same grammar written as methods parses several times faster, cold and warm
 * alike, and gives the same trees and messages.
 *
 * Not here: the preprocessor (it hands over the tokens), types (sema).
 *
 * Invariant: `parse` never throws; every problem is a CompileError with a
 * span (only a bug in the parser itself comes without one).
 */
import type { CompileError } from '../diagnostics/stop.js';
import type {
  DeclSpecifiers, Declaration, Declarator, ExternalDeclaration, FunctionDefinition, InitDeclarator, Initializer,
  TranslationUnit,
} from './ast.js';
import type { SourceMap } from './source.js';
import {
  Asm, Assign, Comma, Extension, Identifier, LBrace, LParen, Newline, Semicolon, Star, StaticAssert, type CToken,
} from './tokens.js';
import { StatementParser } from './parser-statements.js';
import { TooManyErrors, expectedBefore } from './parser-errors.js';
import { TypedefName, type SyncMark } from './parser-base.js';
import { DECLARATOR_START, EXTERNAL_DECLARATION_START, SPECIFIER_START } from './parser-first.js';

class CParser extends StatementParser {
  /** translation-unit: external-declaration*   (an empty unit is accepted, as gcc does) */
  private translationUnit(): ExternalDeclaration[] {
    const decls: ExternalDeclaration[] = [];
    this.syncLoop(this.externalDeclarations, decls, true);
    return decls;
  }

  /** The external declarations up to the end of the input, one sync item each. */
  private externalDeclarations(mark: SyncMark, decls: ExternalDeclaration[]): void {
    while (EXTERNAL_DECLARATION_START.has(this.peek())) {
      const decl = this.externalDeclaration();
      if (decl) decls.push(decl);
      mark.at = this.pos();
    }
    if (!this.atEnd()) this.failAtFileScope();
  }

  /** What cannot start an external declaration, in gcc's words for the usual mistakes. */
  private failAtFileScope(): never {
    const tok = this.token();
    const next = this.peek(2);
    if (this.peek() === Identifier && (next === Identifier || next === Star || next === TypedefName)) {
      this.fail(`unknown type name '${tok.image}'`, tok);
    }
    if (this.peek() === Identifier && next === LParen) {
      this.fail(`expected declaration specifiers before '${tok.image}' (ciri has no implicit int)`, tok);
    }
    this.fail(expectedBefore("identifier or '('", tok), tok);
  }

  /**
   * external-declaration: function-definition | declaration
   * (GNU: a stray `;`, a file-scope asm statement, __extension__ before a declaration)
   */
  private externalDeclaration(): ExternalDeclaration | undefined {
    switch (this.peek()) {
      case Semicolon: this.next(); return undefined;
      case StaticAssert: return this.staticAssertDeclaration();
      case Asm: this.asmStatement(); return undefined;
      case Extension: this.next(); return this.declarationOrFunctionDefinition();
      default: return this.declarationOrFunctionDefinition();
    }
  }

  /**
   * function-definition: declaration-specifiers declarator declaration-list? compound-statement
   * declaration: declaration-specifiers init-declarator-list? ;
   * (they share the specifiers and the first declarator; what follows decides)
   */
  private declarationOrFunctionDefinition(): ExternalDeclaration {
    const start = this.pos();
    const specs = this.declarationSpecifiers('declaration');
    if (this.peek() === Semicolon) {
      this.next();
      return { kind: 'declaration', specs, declarators: [], span: this.spanFrom(start) };
    }
    if (!DECLARATOR_START.has(this.peek())) this.failExpected("identifier or '('");
    const first = this.declarator();
    const isTypedef = specs.storage.includes('typedef');
    this.declareName(first.name, isTypedef);
    this.checkAfterFirstDeclarator(first);
    const t = this.peek();
    // Declarations before the body only follow an old-style identifier list.
    if (t === LBrace || (isOldStyle(first) && SPECIFIER_START.has(t))) return this.functionDefinition(start, specs, first);
    if (t !== Assign && t !== Comma && t !== Semicolon) this.failExpected("identifier or '('");
    return this.initDeclaratorListRest(start, specs, first, isTypedef);
  }

  /** What may follow the first declarator: a body, old-style declarations, or the rest of a declaration. */
  private checkAfterFirstDeclarator(first: Declarator): void {
    const t = this.peek();
    if (t === LBrace || t === Assign || t === Comma || t === Semicolon || isOldStyle(first)) return;
    this.failExpected(first.derived[0]?.kind === 'function' ? "';' or '{'" : "',' or ';'");
  }

  /** The rest of a function-definition after its declarator: declaration-list? compound-statement */
  private functionDefinition(start: number, specs: DeclSpecifiers, declarator: Declarator): FunctionDefinition {
    // The parameters' scope is re-entered: they are visible in the K&R declarations and the body.
    const own = declarator.derived[0];
    this.names.push(own ? this.paramScopes.get(own) : []);
    const oldStyleDecls: Declaration[] = [];
    while (SPECIFIER_START.has(this.peek())) oldStyleDecls.push(this.declaration());
    const body = this.compoundStatement();
    this.names.pop();
    return { kind: 'functionDefinition', specs, declarator, oldStyleDecls, body, span: this.spanFrom(start) };
  }

  /** The rest of a declaration after its first declarator: (= initializer)? (, init-declarator)* ; */
  private initDeclaratorListRest(start: number, specs: DeclSpecifiers, first: Declarator, isTypedef: boolean): Declaration {
    let init: Initializer | undefined;
    if (this.peek() === Assign) {
      this.next();
      init = this.initializer();
    }
    const declarators: InitDeclarator[] = [{ declarator: first, init, span: this.extend(first.span) }];
    while (this.peek() === Comma) {
      this.next();
      declarators.push(this.initDeclarator(isTypedef));
    }
    this.expect(Semicolon, "',' or ';'");
    this.next();
    return { kind: 'declaration', specs, declarators, span: this.spanFrom(start) };
  }

  /** Parses one translation unit; see `parse`. */
  parseUnit(tokens: CToken[], file: number): { tu: TranslationUnit; errors: CompileError[] } {
    // The preprocessor's output has no Newline tokens: the array is read as it is rather than copied.
    this.begin(hasNewline(tokens) ? tokens.filter((t) => t.tokenType !== Newline) : tokens, file);
    let decls: ExternalDeclaration[] = [];
    try {
      decls = this.translationUnit();
    } catch (e) {
      if (e instanceof RangeError) {
        // JS recursion ran out: a limit of ciri's, not an error in the program.
        this.report('nesting too deep for ciri\'s parser', this.token().span, 'error', 'unsupported');
      } else if (!(e instanceof TooManyErrors)) {
        throw e;
      }
    } finally {
      this.end();
    }
    return { tu: { kind: 'translationUnit', file, decls }, errors: this.problems };
  }
}

/** Whether any token is a Newline (a plain loop: `some` with a callback is slow before V8 optimizes it). */
function hasNewline(tokens: readonly CToken[]): boolean {
  for (let i = 0; i < tokens.length; i++) if (tokens[i]!.tokenType === Newline) return true;
  return false;
}

/** A function declarator with an identifier list, which old-style parameter declarations may follow. */
function isOldStyle(d: Declarator): boolean {
  const own = d.derived[0];
  return own?.kind === 'function' && own.identifiers !== undefined;
}

let shared: CParser | undefined;

/** Parse one preprocessed translation unit. `tokens` has no Newline tokens. */
export function parse(tokens: CToken[], file: number, sources: SourceMap): { tu: TranslationUnit; errors: CompileError[] } {
  void sources; // spans come with the tokens; the map is part of the front end's common signature
  try {
    shared ??= new CParser();
    return shared.parseUnit(tokens, file);
  } catch (e) {
    // A bug in the parser must not become a crash of the checker: report it as an error of this unit.
    const message = e instanceof Error ? e.message : String(e);
    shared = undefined;
    return {
      tu: { kind: 'translationUnit', file, decls: [] },
      errors: [{ severity: 'error', category: 'syntax-error', message: `internal error in the parser: ${message}`, span: undefined }],
    };
  }
}
