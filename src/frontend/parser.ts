/**
 * The C11 parser: preprocessed tokens to the syntactic AST of ast.ts
 * (C17 annex A.2, plus the GNU extensions real code uses).
 *
 * This file holds the external definitions (C17 6.9) and the entry point;
 * the rules for expressions, specifiers, declarators and statements are in
 * the parser-*.ts files, layered as one class chain so that each rule can
 * call any other. Why chevrotain's EmbeddedActionsParser, and how typedef
 * names and error recovery work, is explained in parser-base.ts.
 *
 * The parser instance is built once (chevrotain's grammar analysis is the
 * costly part) and reused for every translation unit.
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
  Assign, Comma, Extension, Identifier, LBrace, LParen, Newline, Semicolon, Star, type CToken,
} from './tokens.js';
import { StatementParser } from './parser-statements.js';
import { TooManyErrors, expectedBefore } from './parser-errors.js';
import { TypedefName } from './parser-base.js';

class CParser extends StatementParser {
  /** translation-unit: external-declaration*   (an empty unit is accepted, as gcc does) */
  protected translationUnit = this.RULE('translationUnit', (): ExternalDeclaration[] => {
    const decls: ExternalDeclaration[] = [];
    this.syncLoop((mark) => {
      this.MANY(() => {
        const decl = this.SUBRULE(this.externalDeclaration);
        this.ACTION(() => {
          if (decl) decls.push(decl);
          mark.at = this.pos();
        });
      });
      this.ACTION(() => { if (!this.atEnd()) this.failAtFileScope(); });
    }, true);
    return decls;
  });

  /** What cannot start an external declaration, in gcc's words for the usual mistakes. */
  private failAtFileScope(): never {
    const tok = this.LA(1);
    const next = this.LA(2).tokenType;
    if (tok.tokenType === Identifier && (next === Identifier || next === Star || next === TypedefName)) {
      this.fail(`unknown type name '${tok.image}'`, tok);
    }
    if (tok.tokenType === Identifier && next === LParen) {
      this.fail(`expected declaration specifiers before '${tok.image}' (ciri has no implicit int)`, tok);
    }
    this.fail(expectedBefore("identifier or '('", tok), tok);
  }

  /**
   * external-declaration: function-definition | declaration
   * (GNU: a stray `;`, a file-scope asm statement, __extension__ before a declaration)
   */
  protected externalDeclaration = this.RULE('externalDeclaration', (): ExternalDeclaration | undefined => this.OR([
    { ALT: () => { this.CONSUME(Semicolon); return undefined; } },
    { ALT: () => this.SUBRULE(this.staticAssertDeclaration) },
    { ALT: () => { this.SUBRULE(this.asmStatement); return undefined; } },
    {
      ALT: () => {
        this.OPTION(() => this.CONSUME(Extension));
        return this.SUBRULE(this.declarationOrFunctionDefinition);
      },
    },
  ]));

  /**
   * function-definition: declaration-specifiers declarator declaration-list? compound-statement
   * declaration: declaration-specifiers init-declarator-list? ;
   * (they share the specifiers and the first declarator; what follows decides)
   */
  protected declarationOrFunctionDefinition = this.RULE('declarationOrFunctionDefinition',
    (): ExternalDeclaration => {
      const start = this.pos();
      const specs = this.SUBRULE(this.declarationSpecifiers, { ARGS: ['declaration'] });
      return this.OR([
        {
          ALT: () => {
            this.CONSUME(Semicolon);
            return this.ACTION((): Declaration => ({ kind: 'declaration', specs, declarators: [], span: this.spanFrom(start) }));
          },
        },
        {
          ALT: () => {
            const first = this.SUBRULE(this.declarator);
            this.ACTION(() => {
              this.declareName(first.name, specs.storage.includes('typedef'));
              this.checkAfterFirstDeclarator(first);
            });
            return this.OR2([
              {
                // Declarations before the body only follow an old-style identifier list.
                GATE: () => this.LA(1).tokenType === LBrace || isOldStyle(first),
                ALT: () => this.SUBRULE(this.functionDefinition, { ARGS: [start, specs, first] }),
              },
              { ALT: () => this.SUBRULE(this.initDeclaratorListRest, { ARGS: [start, specs, first] }) },
            ]);
          },
        },
      ]);
    });

  /** What may follow the first declarator: a body, old-style declarations, or the rest of a declaration. */
  private checkAfterFirstDeclarator(first: Declarator): void {
    const t = this.LA(1).tokenType;
    if (t === LBrace || t === Assign || t === Comma || t === Semicolon || isOldStyle(first)) return;
    this.fail(expectedBefore(first.derived[0]?.kind === 'function' ? "';' or '{'" : "',' or ';'", this.LA(1)));
  }

  /** The rest of a function-definition after its declarator: declaration-list? compound-statement */
  protected functionDefinition = this.RULE('functionDefinition',
    (start?: number, specs?: DeclSpecifiers, declarator?: Declarator): FunctionDefinition => {
      // The parameters' scope is re-entered: they are visible in the K&R declarations and the body.
      this.ACTION(() => {
        const own = declarator!.derived[0];
        this.names.push(own ? this.paramScopes.get(own) : []);
      });
      const oldStyleDecls: Declaration[] = [];
      this.MANY(() => { oldStyleDecls.push(this.SUBRULE(this.declaration)); });
      const body = this.SUBRULE(this.compoundStatement);
      this.ACTION(() => this.names.pop());
      return this.ACTION((): FunctionDefinition => ({
        kind: 'functionDefinition', specs: specs!, declarator: declarator!, oldStyleDecls, body, span: this.spanFrom(start!),
      }));
    });

  /** The rest of a declaration after its first declarator: (= initializer)? (, init-declarator)* ; */
  protected initDeclaratorListRest = this.RULE('initDeclaratorListRest',
    (start?: number, specs?: DeclSpecifiers, first?: Declarator): Declaration => {
      let init: Initializer | undefined;
      this.OPTION(() => {
        this.CONSUME(Assign);
        init = this.SUBRULE(this.initializer);
      });
      const declarators: InitDeclarator[] = [];
      this.ACTION(() => declarators.push({ declarator: first!, init, span: this.extend(first!.span) }));
      this.MANY(() => {
        this.CONSUME(Comma);
        declarators.push(this.SUBRULE(this.initDeclarator, { ARGS: [specs] }));
      });
      this.ACTION(() => this.expect(Semicolon, "',' or ';'"));
      this.CONSUME(Semicolon);
      return this.ACTION((): Declaration => ({ kind: 'declaration', specs: specs!, declarators, span: this.spanFrom(start!) }));
    });

  constructor(validate = false) {
    super(validate);
    this.performSelfAnalysis();
  }

  /** Parses one translation unit; see `parse`. */
  parseUnit(tokens: CToken[], file: number): { tu: TranslationUnit; errors: CompileError[] } {
    // The preprocessor's output has no Newline tokens: borrow the array as it is (chevrotain appends its
    // end-of-input sentinels and removes them at the end) rather than copy 100 000 tokens to be sure.
    this.begin(hasNewline(tokens) ? tokens.filter((t) => t.tokenType !== Newline) : tokens, file);
    let decls: ExternalDeclaration[] = [];
    try {
      decls = this.translationUnit();
    } catch (e) {
      if (e instanceof RangeError) {
        // JS recursion ran out: a limit of ciri's, not an error in the program.
        this.report('nesting too deep for ciri\'s parser', this.spanOf(this.LA(1)), 'error', 'unsupported');
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

/**
 * Builds the grammar with chevrotain's validations on and returns what they found (nothing, for a
 * sound grammar). Runs in the unit tests; `parse` skips the validations to start faster.
 */
export function grammarProblems(): string[] {
  try {
    new CParser(true);
    return [];
  } catch (e) {
    return [e instanceof Error ? e.message : String(e)];
  }
}

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
