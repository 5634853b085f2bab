/**
 * Syntax error wording for the C parser, in the words a C programmer knows
 * from gcc and clang ("expected ';' after expression", "expected expression
 * before ')' token").
 *
 * The parser's checks throw a `ParseFailure`; it is caught at the parser's
 * sync points (see `ParserBase.syncLoop`) and becomes one CompileError.
 *
 * Not here: choosing which errors to report or how to recover (parser-base.ts).
 */
import type { IToken, TokenType } from 'chevrotain';
import { EOF } from './chevrotain.js';
import {
  CharConstant, FloatConstant, Identifier, IntegerConstant, StringLiteral, keywordTokens, type CToken,
} from './tokens.js';
import type { Span } from './source.js';

/** A syntax error: abandons the statement or declaration being parsed. */
export class ParseFailure extends Error {
  /**
   * `after`: the message is about a terminator missing after the previous token, and is reported
   * there (where the terminator belongs) rather than at `token`.
   */
  constructor(message: string, readonly token: CToken, readonly span?: Span, readonly after = false) {
    super(message);
    this.name = 'ParseFailure';
  }
}

/** Thrown once the error limit is reached, to stop parsing. */
export class TooManyErrors extends Error {
  constructor() {
    super('too many errors');
    this.name = 'TooManyErrors';
  }
}

/** The most syntax errors one parse reports. */
export const MAX_ERRORS = 20;

const keywordSet = new Set<TokenType>(keywordTokens);

/** How a token type is quoted in a message: `';'`, `'while'`, `identifier`. */
export function tokenTypeLabel(t: TokenType): string {
  if (t === Identifier || t.name === 'TypedefName') return 'identifier';
  if (t === IntegerConstant || t === FloatConstant) return 'numeric constant';
  if (t === StringLiteral) return 'string literal';
  if (t === CharConstant) return 'character constant';
  if (t === EOF) return 'end of input';
  const pattern = t.PATTERN;
  if (pattern instanceof RegExp) {
    const source = pattern.source;
    // Keywords are `(?:word|alias)(?!...)`: the first spelling is the standard one.
    const kw = /^\(\?:([A-Za-z_]+)/.exec(source);
    if (kw) return `'${kw[1]}'`;
    return `'${source.replace(/\\/g, '')}'`;
  }
  return t.name;
}

/** How the offending token is named after "before": `';' token`, `'foo'`, `numeric constant`. */
export function describeToken(tok: IToken): string {
  const t = tok.tokenType;
  if (t === EOF) return 'end of input';
  if (t === Identifier || t.name === 'TypedefName' || keywordSet.has(t)) return `'${tok.image}'`;
  if (t === IntegerConstant || t === FloatConstant) return 'numeric constant';
  if (t === StringLiteral) return 'string constant';
  if (t === CharConstant) return 'character constant';
  return `'${tok.image}' token`;
}

/** `expected X before Y` or, at the end of the input, `expected X at end of input`. */
export function expectedBefore(what: string, tok: IToken): string {
  if (tok.tokenType === EOF) return `expected ${what} at end of input`;
  return `expected ${what} before ${describeToken(tok)}`;
}
