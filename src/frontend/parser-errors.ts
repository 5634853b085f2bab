/**
 * Syntax error wording for the C parser, in the words a C programmer knows
 * from gcc and clang ("expected ';' after expression", "expected expression
 * before ')' token"), never chevrotain's default grammar-speak.
 *
 * chevrotain builds its exception messages through `cErrorMessages`; the
 * parser's own checks throw a `ParseFailure`. Both are caught at the parser's
 * sync points (see `ParserBase.syncLoop`) and become one CompileError each.
 *
 * Not here: choosing which errors to report or how to recover (parser-base.ts).
 */
import type { IParserErrorMessageProvider, IToken, TokenType } from 'chevrotain';
import { EOF } from './chevrotain.js';
import {
  CharConstant, FloatConstant, Identifier, IntegerConstant, StringLiteral, keywordTokens,
} from './tokens.js';
import type { Span } from './source.js';

/** A syntax error found by the parser's own checks rather than by chevrotain. */
export class ParseFailure extends Error {
  constructor(message: string, readonly token: IToken, readonly span?: Span) {
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

/**
 * Messages for a missing terminator that are reported right after the
 * previous token (where the terminator belongs) rather than at the next one.
 */
const afterMessages = new Set<string>();

const afterOptions = new Map<string, { readonly ERR_MSG: string }>();

/**
 * CONSUME options for a `;` that ends `what`: the message is `expected ';' after <what>`, pointed at the
 * end of what precedes it. Cached, since they are asked for on every statement.
 */
export function missingAfter(what: string): { readonly ERR_MSG: string } {
  let options = afterOptions.get(what);
  if (!options) {
    options = { ERR_MSG: `expected ';' after ${what}` };
    afterMessages.add(options.ERR_MSG);
    afterOptions.set(what, options);
  }
  return options;
}

export function isAfterMessage(message: string): boolean {
  return afterMessages.has(message);
}

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

/** What a rule that found no viable alternative was looking for, by rule name. */
const ruleExpectations: Readonly<Record<string, string>> = {
  castExpression: 'expression',
  parenthesized: 'expression',
  parenthesizedOperand: 'expression',
  afterParenthesizedType: 'expression',
  sizeofOrAlignof: 'expression',
  conditionalExpression: 'expression',
  assignmentExpression: 'expression',
  expression: 'expression',
  initializer: 'expression',
  statement: 'statement',
  blockItem: 'statement or declaration',
  declarationSpecifiers: 'declaration specifiers',
  typeSpecifier: 'type specifier',
  typeName: 'type name',
  externalDeclaration: "identifier or '('",
  declarationOrFunctionDefinition: "identifier or '('",
  declaration: "identifier or '('",
  declarator: "identifier or '('",
  identifier: 'identifier',
  designator: "'[' or '.'",
  attribute: 'attribute name',
  genericAssociation: "type name or 'default'",
};

function expectation(ruleName: string, paths: readonly (readonly TokenType[])[]): string {
  const known = ruleExpectations[ruleName];
  if (known) return known;
  const firsts = [...new Set(paths.map((p) => p[0]).filter((t): t is TokenType => t !== undefined))].map(tokenTypeLabel);
  if (firsts.length === 0 || firsts.length > 4) return 'expression';
  return firsts.length === 1 ? firsts[0]! : `${firsts.slice(0, -1).join(', ')} or ${firsts[firsts.length - 1]}`;
}

/** chevrotain's hook for the text of its exceptions. */
export const cErrorMessages: IParserErrorMessageProvider = {
  buildMismatchTokenMessage({ expected, actual }) {
    return expectedBefore(tokenTypeLabel(expected), actual);
  },
  buildNotAllInputParsedMessage({ firstRedundant }) {
    return expectedBefore("identifier or '('", firstRedundant);
  },
  buildNoViableAltMessage({ expectedPathsPerAlt, actual, customUserDescription, ruleName }) {
    const what = customUserDescription ?? expectation(ruleName, expectedPathsPerAlt.flat());
    return expectedBefore(what, actual[0]!);
  },
  buildEarlyExitMessage({ expectedIterationPaths, actual, customUserDescription, ruleName }) {
    const what = customUserDescription ?? expectation(ruleName, expectedIterationPaths);
    return expectedBefore(what, actual[0]!);
  },
};
