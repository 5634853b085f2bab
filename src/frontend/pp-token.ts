/**
 * Preprocessing tokens: a CToken plus what the preprocessor needs to know
 * about it (C17 6.4, 6.10.3).
 *
 * - `space`: whitespace (or a comment) came before it, which `#` stringizing
 *   and `#define f(x)` versus `#define f (x)` depend on;
 * - `bol`: it is the first token of a source line, so a `#` here starts a
 *   directive;
 * - `hide`: the names of the macros whose expansion produced it, which must
 *   never expand it again (the "hide set" of Prosser's algorithm, which is how
 *   C17 6.10.3.4p2 "not replaced, even if later examined again" is kept).
 *
 * Also here: the helpers that make new tokens (by re-lexing text, as `#`, `##`
 * and predefined macros need) and that move a token to another span.
 *
 * Invariant: PPTokens are never mutated once made; every change makes a copy,
 * because macro bodies and lexed files are shared between expansions.
 */
import { BOL, SPACE, lex, type LexedTokens } from './lexer.js';
import type { Span } from './source.js';
import type { TokenType } from 'chevrotain';
import { CharConstant, Newline, StringLiteral, type CToken } from './tokens.js';

/** Names of macros that must not expand a token; `undefined` is the empty set (the common case). */
export type HideSet = ReadonlySet<string> | undefined;

export interface PPToken {
  /** What sort of preprocessing token: a real one, a `##` placemarker (C17 6.10.3.3p2), or the end of a file or token list. */
  readonly kind: 'token' | 'placemarker' | 'file-end' | 'end';
  readonly tok: CToken;
  /** Whitespace came before it on its line. */
  readonly space: boolean;
  /** First token of a source line. */
  readonly bol: boolean;
  readonly hide: HideSet;
}

export function hideAdd(set: HideSet, name: string): HideSet {
  if (set?.has(name)) return set;
  const out = new Set(set);
  out.add(name);
  return out;
}

export function hideUnion(a: HideSet, b: HideSet): HideSet {
  if (!a || a.size === 0) return b;
  if (!b || b.size === 0 || a === b) return a;
  const out = new Set(a);
  for (const n of b) out.add(n);
  return out;
}

export function hideIntersect(a: HideSet, b: HideSet): HideSet {
  if (!a || !b) return undefined;
  if (a === b) return a;
  const out = new Set<string>();
  for (const n of a) if (b.has(n)) out.add(n);
  return out.size ? out : undefined;
}

/** The same token at another place. */
export function respan(tok: CToken, span: Span): CToken {
  return { ...tok, span };
}

/**
 * Lex `text` as tokens placed at `span` (for `##`, `#`, `__LINE__`, ...).
 * Returns undefined when the text holds a comment or a newline, which no
 * made-up token may.
 */
export function relex(text: string, span: Span): CToken[] | undefined {
  const { tokens, errors } = lex(span.file, text);
  if (errors.length || tokens.some((t) => t.tokenType === Newline)) return undefined;
  return tokens.map((t) => respan(t, span));
}

/** Exactly one token from `text`, or undefined if the text is not a single preprocessing token. */
export function relexOne(text: string, span: Span): CToken | undefined {
  const toks = relex(text, span);
  return toks?.length === 1 && toks[0]!.image === text ? toks[0] : undefined;
}

/**
 * A token of a known type made directly (a number or string literal the
 * preprocessor computes), without lexing. The caller guarantees that
 * `image` is a valid spelling of `type`.
 */
export function synth(type: TokenType, image: string, span: Span): CToken {
  // `tokenType` first on purpose: a literal with the lexer's property order would share its hidden
  // class, and the NaN offsets would turn that class's integer offset fields into doubles, making V8
  // migrate every token lexed before (measured: ~0.1 s of a 20 000-line unit's preprocessing).
  return {
    tokenType: type, image, tokenTypeIdx: type.tokenTypeIdx!, startOffset: NaN, endOffset: NaN, span,
  };
}

/**
 * The preprocessing token at index `i` of a lexed file (lexer.ts `lexFile`). A file's PPTokens are
 * made as they are read, not kept: the tokens of a large file live until the end of preprocessing,
 * and a wrapper per token kept with them is 10+ MB more for the young generation to copy.
 */
export function lexedAt(lexed: LexedTokens, i: number): PPToken {
  const f = lexed.flags[i]!;
  return { kind: 'token', tok: lexed.tokens[i]!, space: (f & SPACE) !== 0, bol: (f & BOL) !== 0, hide: undefined };
}

export function ppToken(tok: CToken, space = false, hide: HideSet = undefined): PPToken {
  return { kind: 'token', tok, space, bol: false, hide };
}

/** A token of type `kind` placed at `tok`'s span, for markers that carry no text. */
export function marker(kind: 'placemarker' | 'file-end' | 'end', at: CToken): PPToken {
  return { kind, tok: at, space: false, bol: false, hide: undefined };
}

/** A string literal or character constant, whose spelling `#` must escape (C17 6.10.3.2p2). */
function isQuoted(t: CToken): boolean {
  return t.tokenType === StringLiteral || t.tokenType === CharConstant;
}

/**
 * The spelling of a token sequence as `#` makes it (C17 6.10.3.2p2): tokens
 * separated by one space where there was whitespace, none at either end, and
 * `"` and `\` escaped inside string literals and character constants.
 */
export function spell(tokens: readonly PPToken[], escape: boolean): string {
  let out = '';
  tokens.forEach((t, i) => {
    if (t.kind !== 'token') return;
    if (i > 0 && out !== '' && (t.space || t.bol)) out += ' ';
    out += escape && isQuoted(t.tok) ? t.tok.image.replace(/[\\"]/g, (c) => '\\' + c) : t.tok.image;
  });
  return out;
}

/** The span from the start of `a` to the end of `b` (when they are in one file). */
export function spanOf(a: CToken, b: CToken): Span {
  if (a.span.file !== b.span.file) return a.span;
  return { file: a.span.file, line: a.span.line, col: a.span.col, endLine: b.span.endLine, endCol: b.span.endCol };
}
