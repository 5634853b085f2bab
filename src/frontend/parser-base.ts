/**
 * The machinery under the C parser's grammar rules: typedef-name tracking
 * through the token stream, spans, and syntax error recovery.
 *
 * The parser is a chevrotain EmbeddedActionsParser: rules build the AST
 * directly (no CST and no visitor pass, which halves the work and the
 * allocations on a large translation unit), and every side effect sits in an
 * ACTION so that grammar recording stays pure.
 *
 * Typedef names (C17 6.7.8) are resolved while parsing: `LA` is overridden so
 * that an identifier is presented to the grammar as a `TypedefName` token
 * whenever the scopes in `names` say so at the moment it is looked at. The
 * grammar can then tell `T * x;` from `a * b;` with ordinary LL(k) lookahead,
 * without gates or backtracking.
 *
 * Recovery is ours, not chevrotain's (its in-rule recovery returns partial
 * nodes that the AST types do not allow): a syntax error unwinds to the
 * nearest sync point (block item, struct member, external declaration), is
 * reported once, and tokens are skipped to the end of that statement or
 * declaration. So each statement or declaration yields at most one error.
 *
 * Invariant: the caller's tokens are left as they came (identifiers are
 * re-tagged during a parse and restored at its end), and no exception other
 * than `TooManyErrors` leaves a sync loop.
 */
import type { IToken, TokenType } from 'chevrotain';
import { EmbeddedActionsParser, EOF, Lexer, createToken, isRecognitionException } from './chevrotain.js';
import type { CompileError, CompileErrorCategory } from '../diagnostics/stop.js';
import { joinSpans, type Span } from './source.js';
import {
  For, Identifier, LBrace, LBracket, LParen, Other, RBrace, RBracket, RParen, Semicolon, parserTokens, type CToken,
} from './tokens.js';
import { TypedefScopes, type ScopeEntry } from './parser-scope.js';
import {
  MAX_ERRORS, ParseFailure, TooManyErrors, cErrorMessages, expectedBefore, isAfterMessage,
} from './parser-errors.js';

/** An identifier that currently names a type; never produced by the lexer, only by `ParserBase.LA`. */
export const TypedefName = createToken({ name: 'TypedefName', pattern: Lexer.NA });

/** Where a sync loop resumes after an error: the first token of the item being parsed. */
export interface SyncMark {
  at: number;
}

export abstract class ParserBase extends EmbeddedActionsParser {
  /** Which identifiers are typedef names right now. */
  protected names = new TypedefScopes();
  /** Errors and warnings found so far in this parse. */
  protected problems: CompileError[] = [];
  /** For each function declarator, the parameter names it declared (re-entered for a function body). */
  protected paramScopes = new WeakMap<object, readonly ScopeEntry[]>();
  /** The file id of the translation unit (used for spans at an empty input). */
  protected file = 0;
  /** The input; chevrotain appends end-of-input sentinels to it while a rule runs. */
  private tokens: CToken[] = [];
  /** The number of real tokens in `tokens`. */
  private count = 0;
  /** Input index of the last reported syntax error; a second error there is a cascade. */
  private lastErrorAt = -1;
  /** chevrotain's index of the Identifier token type (read once the parser exists). */
  private identifierIdx = -1;
  /** chevrotain's index of the TypedefName token type. */
  private typedefNameIdx = -1;
  /** Labels read by `statement`, taken by the statement right after them (see parser-statements.ts). */
  protected pendingLabels: IToken[] | undefined;
  /** chevrotain's index of the last consumed token (-1 before the first); read for spans. */
  protected declare currIdx: number;

  /** `validate` runs chevrotain's grammar checks (ambiguities, left recursion): for tests, not for every run. */
  constructor(validate: boolean) {
    super([...parserTokens, TypedefName], {
      recoveryEnabled: false,
      maxLookahead: 3,
      errorMessageProvider: cErrorMessages,
      skipValidations: !validate,
    });
  }

  // ---- input and typedef names --------------------------------------------------------------

  /**
   * Starts a parse of `tokens` (any Newline tokens must already be gone). The tokens are borrowed:
   * identifiers are re-tagged while parsing (copying 100 000 tokens would cost more than parsing them)
   * and `end` puts them back.
   */
  protected begin(tokens: CToken[], file: number): void {
    this.tokens = tokens;
    this.count = tokens.length;
    this.file = file;
    this.names = new TypedefScopes();
    // gcc's built-in type, which <stdarg.h> names va_list.
    this.names.declare('__builtin_va_list', true);
    this.paramScopes = new WeakMap();
    this.problems = [];
    this.pendingLabels = undefined;
    this.lastErrorAt = -1;
    this.identifierIdx = Identifier.tokenTypeIdx!;
    this.typedefNameIdx = TypedefName.tokenTypeIdx!;
    this.input = this.tokens;
  }

  /** Ends a parse: restores the identifiers' token type and lets go of the input. */
  protected end(): void {
    for (let i = 0; i < this.count; i++) {
      const t = this.tokens[i]!;
      if (t.tokenType === TypedefName) {
        t.tokenType = Identifier;
        t.tokenTypeIdx = this.identifierIdx;
      }
    }
    this.tokens = [];
    this.count = 0;
    this.input = [];
  }

  protected override LA(howMuch: number): IToken {
    return this.classify(super.LA(howMuch));
  }

  protected override LA_FAST(howMuch: number): IToken {
    return this.classify(super.LA_FAST(howMuch));
  }

  /** Re-tags an identifier as Identifier or TypedefName according to the scopes right now. */
  private classify(tok: IToken): IToken {
    const idx = tok.tokenTypeIdx;
    if (idx !== this.identifierIdx && idx !== this.typedefNameIdx) return tok;
    const typedef = this.names.isTypedef(tok.image);
    if (typedef !== (idx === this.typedefNameIdx)) {
      tok.tokenType = typedef ? TypedefName : Identifier;
      tok.tokenTypeIdx = typedef ? this.typedefNameIdx : this.identifierIdx;
    }
    return tok;
  }

  /** Declares a name in the current scope: a typedef name or an ordinary identifier that hides one. */
  protected declareName(name: string | undefined, isTypedef: boolean): void {
    if (name !== undefined) this.names.declare(name, isTypedef);
  }

  protected atEnd(): boolean {
    return this.LA(1).tokenType === EOF;
  }

  /** Input index of the next token (the input length at the end). */
  protected pos(): number {
    return Math.min(this.currIdx + 1, this.count);
  }

  // ---- spans ----------------------------------------------------------------------------------

  protected spanOf(tok: IToken): Span {
    return (tok as Partial<CToken>).span ?? this.endSpan();
  }

  /**
   * From `start` (a consumed token, or the input position a rule started at) to the end of the last
   * consumed token; empty if nothing was consumed since `start`.
   */
  protected spanFrom(start: IToken | number): Span {
    const last = this.tokens[this.currIdx];
    if (typeof start !== 'number') return last ? joinSpans(this.spanOf(start), last.span) : this.spanOf(start);
    const first = this.tokens[start];
    if (!last || !first || this.currIdx < start) return this.emptySpan();
    return joinSpans(first.span, last.span);
  }

  /** The span of the last consumed token. */
  protected lastSpan(): Span {
    return this.tokens[this.currIdx]?.span ?? this.endSpan();
  }

  /** An empty span just after the last consumed token (for an abstract declarator with nothing in it). */
  protected emptySpan(): Span {
    const last = this.tokens[this.currIdx];
    if (!last) return this.spanOf(this.LA(1));
    const s = last.span;
    return { file: s.file, line: s.endLine, col: s.endCol, endLine: s.endLine, endCol: s.endCol };
  }

  /** Where the end of the input is: just after the last token. */
  private endSpan(): Span {
    const last = this.tokens[this.count - 1];
    if (!last) return { file: this.file, line: 1, col: 1, endLine: 1, endCol: 1 };
    const s = last.span;
    return { file: s.file, line: s.endLine, col: s.endCol, endLine: s.endLine, endCol: s.endCol + 1 };
  }

  // ---- errors ---------------------------------------------------------------------------------

  /** Records a problem; past the error limit, parsing stops. */
  protected report(message: string, span: Span, severity: 'error' | 'warning' = 'error',
    category: CompileErrorCategory = 'syntax-error'): void {
    this.problems.push({ severity, category, message, span });
    if (severity === 'error' && this.problems.filter((p) => p.severity === 'error').length >= MAX_ERRORS) {
      throw new TooManyErrors();
    }
  }

  /** Abandons the current statement or declaration with a syntax error at `tok`. */
  protected fail(message: string, tok: IToken = this.LA(1), span?: Span): never {
    throw new ParseFailure(message, tok, span);
  }

  /** Fails with `expected <what> before ...` unless the next token is `tokType` (which the caller consumes). */
  protected expect(tokType: TokenType, what: string): void {
    if (this.LA(1).tokenType !== tokType) this.fail(expectedBefore(what, this.LA(1)));
  }

  /**
   * Runs `body` (a repetition of items and the token that closes it) to
   * completion. A syntax error inside an item is reported, the rest of the
   * item is skipped, and `body` runs again from there; `mark.at` must be
   * moved past each item as it completes. At the end of the input the loop
   * gives up quietly: the error that got it there was already reported.
   */
  protected syncLoop(body: (mark: SyncMark) => void, atTop = false): void {
    const depth = this.names.depth;
    const mark: SyncMark = { at: this.pos() };
    let stuckAt = -1;
    for (;;) {
      try {
        body(mark);
        return;
      } catch (e) {
        if (!(e instanceof ParseFailure) && !(e instanceof Error && isRecognitionException(e))) throw e;
        this.names.truncate(depth);
        this.pendingLabels = undefined;
        this.reportSyntaxError(e);
        const before = this.pos();
        this.skip(mark.at, atTop);
        if (this.atEnd()) return;
        // Never spin: if nothing could be skipped twice in a row at the same place, drop one token.
        if (this.pos() === before && before === stuckAt) this.SKIP_TOKEN();
        stuckAt = before;
        mark.at = this.pos();
      }
    }
  }

  private reportSyntaxError(e: Error & { token?: IToken; previousToken?: IToken }): void {
    const tok = e.token ?? this.LA(1);
    const at = this.pos();
    if (at === this.lastErrorAt) return;
    this.lastErrorAt = at;
    let span = e instanceof ParseFailure && e.span ? e.span : this.spanOf(tok);
    if (tok.tokenType === Other) {
      // A character C has no token for: say so rather than what was expected instead.
      this.report(`stray '${tok.image}' in program`, span);
      return;
    }
    const previous = this.tokens[this.currIdx] ?? e.previousToken ?? this.LA(0);
    if (isAfterMessage(e.message) && previous.tokenType !== EOF) {
      const p = this.spanOf(previous);
      span = { file: p.file, line: p.endLine, col: p.endCol, endLine: p.endLine, endCol: p.endCol + 1 };
    }
    this.report(e.message, span);
  }

  /**
   * Skips the rest of a broken statement or declaration: up to and including
   * the `;` that ends it, or the `}` that closes a block it opened; an
   * unmatched `}` ends the skip before it (it closes the enclosing block),
   * except at file scope where it is stray and dropped. Braces opened
   * between `from` and the error count, and so do parentheses in a `for`
   * header, whose `;`s do not end the statement (elsewhere a `;` inside an
   * unclosed parenthesis is taken as the end: `f(1;` lacks a `)`).
   */
  private skip(from: number, atTop: boolean): void {
    let braces = 0;
    let parens = 0;
    let inFor = false;
    for (let i = from; i < this.pos(); i++) {
      const t = this.tokens[i]!.tokenType;
      if (t === LBrace) braces++;
      else if (t === RBrace) braces = Math.max(0, braces - 1);
      else if (t === LParen || t === LBracket) parens++;
      else if (t === RParen || t === RBracket) parens = Math.max(0, parens - 1);
      else if (t === For) inFor = true;
    }
    if (!inFor) parens = 0;
    for (let tok = this.LA(1); tok.tokenType !== EOF; tok = this.SKIP_TOKEN()) {
      const t = tok.tokenType;
      if (t === Semicolon && braces === 0 && parens === 0) { this.SKIP_TOKEN(); return; }
      if (t === LBrace) braces++;
      else if (t === LParen || t === LBracket) parens++;
      else if ((t === RParen || t === RBracket) && parens > 0) parens--;
      else if (t === RBrace) {
        if (braces === 0) { if (atTop) this.SKIP_TOKEN(); return; }
        braces--;
        if (braces === 0) { this.SKIP_TOKEN(); return; }
      }
    }
  }
}
