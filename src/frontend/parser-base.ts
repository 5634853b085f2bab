/**
 * The machinery under the C parser's grammar rules: the token cursor with
 * typedef-name tracking, spans, and syntax error recovery.
 *
 * The parser is written by hand, recursive descent with one method per
 * grammar rule (DESIGN.md decision 3 first had chevrotain here; its runtime
 * and grammar analysis were a third of a cold compile of a large unit, see
 * parser.ts). Rules build the AST directly. Each choice is made on the next
 * token, a second one in the few places C needs it (`(` in declarators,
 * labels, `[*]`, `else if`); the `starts*` predicates of parser-first.ts are
 * the FIRST sets the choices and loops test, so that a token no rule can
 * start is reported by the rule that expected it ("expected '}' before ...").
 *
 * Typedef names (C17 6.7.8) are resolved while parsing: `peek` presents an
 * identifier as a `TypedefName` whenever the scopes in `names` say so at the
 * moment it is looked at, so the grammar can tell `T * x;` from `a * b;`
 * with one token of lookahead. The tokens themselves are never changed.
 *
 * Recovery: a syntax error unwinds to the nearest sync point (block item,
 * struct member, external declaration), is reported once, and tokens are
 * skipped to the end of that statement or declaration. So each statement or
 * declaration yields at most one error.
 *
 * Invariant: no exception other than `TooManyErrors` (and a RangeError when
 * the JS stack runs out, caught by the entry point) leaves a sync loop.
 */
import type { TokenType } from 'chevrotain';
import { EOF, Lexer, createToken } from './chevrotain.js';
import type { CompileError, CompileErrorCategory } from '../diagnostics/stop.js';
import { joinSpans, type Span } from './source.js';
import {
  For, Identifier, LBrace, LBracket, LParen, Other, RBrace, RBracket, RParen, Semicolon, type CToken,
} from './tokens.js';
import { TypedefScopes, type ScopeEntry } from './parser-scope.js';
import { MAX_ERRORS, ParseFailure, TooManyErrors, expectedBefore, tokenTypeLabel } from './parser-errors.js';

/** An identifier that currently names a type; never produced by the lexer, only by `ParserBase.peek`. */
export const TypedefName = createToken({ name: 'TypedefName', pattern: Lexer.NA });

/** Where a sync loop resumes after an error: the first token of the item being parsed. */
export interface SyncMark {
  at: number;
}

export abstract class ParserBase {
  /** Which identifiers are typedef names right now. */
  protected names = new TypedefScopes();
  /** Errors and warnings found so far in this parse. */
  protected problems: CompileError[] = [];
  /** For each function declarator, the parameter names it declared (re-entered for a function body). */
  protected paramScopes = new WeakMap<object, readonly ScopeEntry[]>();
  /** The file id of the translation unit (used for spans at an empty input). */
  protected file = 0;
  /** The input. */
  private tokens: CToken[] = [];
  /** The number of tokens in `tokens`. */
  private count = 0;
  /** Input index of the next token. */
  private i = 0;
  /** What `peek` returns at the end of the input. */
  private eof: CToken = { image: '', tokenType: EOF, span: { file: 0, line: 1, col: 1, endLine: 1, endCol: 1 } } as CToken;
  /** Input index of the last reported syntax error; a second error there is a cascade. */
  private lastErrorAt = -1;

  /** Starts a parse of `tokens` (any Newline tokens must already be gone). The tokens are only read. */
  protected begin(tokens: CToken[], file: number): void {
    this.tokens = tokens;
    this.count = tokens.length;
    this.i = 0;
    this.file = file;
    this.eof = { image: '', tokenType: EOF, span: this.endSpan() } as CToken;
    this.names = new TypedefScopes();
    this.classifiedAt = -1;
    // gcc's built-in type, which <stdarg.h> names va_list.
    this.names.declare('__builtin_va_list', true);
    this.paramScopes = new WeakMap();
    this.problems = [];
    this.lastErrorAt = -1;
  }

  /** Ends a parse: lets go of the input. */
  protected end(): void {
    this.tokens = [];
    this.count = 0;
    this.i = 0;
  }

  // ---- the cursor -----------------------------------------------------------------------------

  /** The type of the next token (k = 1) or the one after it (k = 2), with typedef names told apart. */
  protected peek(k = 1): TokenType {
    const at = this.i + k - 1;
    if (at >= this.count) return EOF;
    const tok = this.tokens[at]!;
    const t = tok.tokenType;
    if (t !== Identifier) return t;
    // The same identifier is looked at several times as rules choose; the scopes rarely change meanwhile.
    if (at === this.classifiedAt && this.names.version === this.classifiedVersion) return this.classifiedAs;
    this.classifiedAt = at;
    this.classifiedVersion = this.names.version;
    this.classifiedAs = this.names.isTypedef(tok.image) ? TypedefName : Identifier;
    return this.classifiedAs;
  }

  /** The last identifier `peek` classified: its input index, the scopes' version then, and what it was. */
  private classifiedAt = -1;
  private classifiedVersion = -1;
  private classifiedAs: TokenType = Identifier;

  /** The next token (k = 1) or the one after it; the end-of-input token past the end. */
  protected token(k = 1): CToken {
    const at = this.i + k - 1;
    return at < this.count ? this.tokens[at]! : this.eof;
  }

  /** The next token, consumed. */
  protected next(): CToken {
    return this.i < this.count ? this.tokens[this.i++]! : this.eof;
  }

  /** Consumes the next token if it is of type `t`. */
  protected accept(t: TokenType): boolean {
    if (this.peek() !== t) return false;
    this.i++;
    return true;
  }

  /** Consumes a token of type `t`, or fails with "expected <t> before ...". */
  protected consume(t: TokenType): CToken {
    if (this.peek() !== t) this.fail(expectedBefore(tokenTypeLabel(t), this.token()));
    return this.tokens[this.i++]!;
  }

  /** Consumes a `;` that ends `what`, or fails with "expected ';' after <what>", reported after the previous token. */
  protected consumeSemicolonAfter(what: string): CToken {
    if (this.peek() !== Semicolon) throw new ParseFailure(`expected ';' after ${what}`, this.token(), undefined, true);
    return this.tokens[this.i++]!;
  }

  /** Declares a name in the current scope: a typedef name or an ordinary identifier that hides one. */
  protected declareName(name: string | undefined, isTypedef: boolean): void {
    if (name !== undefined) this.names.declare(name, isTypedef);
  }

  protected atEnd(): boolean {
    return this.i >= this.count;
  }

  /** Input index of the next token (the input length at the end). */
  protected pos(): number {
    return this.i;
  }

  // ---- spans ----------------------------------------------------------------------------------

  /**
   * From `start` (a consumed token, or the input position a rule started at) to the end of the last
   * consumed token; empty if nothing was consumed since `start`.
   */
  protected spanFrom(start: CToken | number): Span {
    const last = this.i > 0 ? this.tokens[this.i - 1] : undefined;
    if (typeof start !== 'number') return last ? joinSpans(start.span, last.span) : start.span;
    const first = this.tokens[start];
    if (!last || !first || this.i - 1 < start) return this.emptySpan();
    return joinSpans(first.span, last.span);
  }

  /** The span from `from` to the end of the last consumed token. */
  protected extend(from: Span): Span {
    return joinSpans(from, this.lastSpan());
  }

  /** The span of the last consumed token. */
  protected lastSpan(): Span {
    return this.i > 0 ? this.tokens[this.i - 1]!.span : this.endSpan();
  }

  /** An empty span just after the last consumed token (for an abstract declarator with nothing in it). */
  protected emptySpan(): Span {
    if (this.i === 0) return this.token().span;
    const s = this.tokens[this.i - 1]!.span;
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
  protected fail(message: string, tok: CToken = this.token(), span?: Span): never {
    throw new ParseFailure(message, tok, span);
  }

  /** Fails with `expected <what> before ...` at the next token. */
  protected failExpected(what: string): never {
    throw new ParseFailure(expectedBefore(what, this.token()), this.token());
  }

  /** Fails with `expected <what> before ...` unless the next token is `t` (which the caller consumes). */
  protected expect(t: TokenType, what: string): void {
    if (this.peek() !== t) this.failExpected(what);
  }

  /**
   * Runs `body` (a repetition of items and the token that closes it) to
   * completion. A syntax error inside an item is reported, the rest of the
   * item is skipped, and `body` runs again from there; `mark.at` must be
   * moved past each item as it completes. At the end of the input the loop
   * gives up quietly: the error that got it there was already reported.
   */
  protected syncLoop<A>(body: (mark: SyncMark, arg: A) => void, arg: A, atTop = false): void {
    const depth = this.names.depth;
    const mark: SyncMark = { at: this.pos() };
    let stuckAt = -1;
    for (;;) {
      try {
        body.call(this, mark, arg);
        return;
      } catch (e) {
        if (!(e instanceof ParseFailure)) throw e;
        this.names.truncate(depth);
        this.reportSyntaxError(e);
        const before = this.pos();
        this.skip(mark.at, atTop);
        if (this.atEnd()) return;
        // Never spin: if nothing could be skipped twice in a row at the same place, drop one token.
        if (this.pos() === before && before === stuckAt) this.next();
        stuckAt = before;
        mark.at = this.pos();
      }
    }
  }

  private reportSyntaxError(e: ParseFailure): void {
    const tok = e.token;
    const at = this.pos();
    if (at === this.lastErrorAt) return;
    this.lastErrorAt = at;
    let span = e.span ?? tok.span;
    if (tok.tokenType === Other) {
      // A character C has no token for: say so rather than what was expected instead.
      this.report(`stray '${tok.image}' in program`, span);
      return;
    }
    if (e.after && this.i > 0) {
      const p = this.tokens[this.i - 1]!.span;
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
    for (; !this.atEnd(); this.i++) {
      const t = this.tokens[this.i]!.tokenType;
      if (t === Semicolon && braces === 0 && parens === 0) { this.i++; return; }
      if (t === LBrace) braces++;
      else if (t === LParen || t === LBracket) parens++;
      else if ((t === RParen || t === RBracket) && parens > 0) parens--;
      else if (t === RBrace) {
        if (braces === 0) { if (atTop) this.i++; return; }
        braces--;
        if (braces === 0) { this.i++; return; }
      }
    }
  }
}
