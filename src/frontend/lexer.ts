/**
 * The C lexer (C17 5.1.1.2 phases 1 to 3, and 6.4): one file's text to CTokens.
 *
 * Phase 2 (line splicing) is done before tokenizing, so a backslash-newline
 * may sit anywhere, even inside an identifier or a string literal; spans are
 * mapped back to the original text, so they always point at what the user
 * wrote. Comments and whitespace are dropped; Newline tokens are kept because
 * directives end at a newline. A character the grammar has no token for
 * becomes an `Other` token (the preprocessor or parser rejects it where it
 * matters, so text in a skipped `#if 0` group may contain anything).
 *
 * Not here: trigraphs (gcc ignores them by default too), decoding of
 * literal values (the parser's job), unterminated quotes (reported by the
 * preprocessor only when the token is not in a skipped group).
 *
 * Invariant: every returned token has `span` and chevrotain's position
 * fields (`startOffset`, `startLine`, ...) refer to the original text.
 */
import type { ILexingError, IToken } from 'chevrotain';
import { Lexer } from './chevrotain.js';
import type { CompileError } from '../diagnostics/stop.js';
import type { Span } from './source.js';
import { allTokens, Other, Slash, Star, type CToken } from './tokens.js';

const chevLexer = new Lexer([...allTokens], {
  // Lines and columns are computed from the original text by `place` (the lexer sees spliced text).
  positionTracking: 'onlyOffset',
  ensureOptimizations: true,
});

/** Where the spliced text maps back to the original (phase 2 bookkeeping). */
class OffsetMap {
  /** Spliced offsets at which a backslash-newline was removed, ascending. */
  private readonly at: number[] = [];
  /** Characters removed up to and including the splice at the same index. */
  private readonly removed: number[] = [];
  /** Offsets of the start of each line of the original text. */
  private readonly lineStarts: number[] = [0];

  constructor(original: string) {
    for (let i = 0; i < original.length; i++) if (original.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
  }

  addSplice(splicedOffset: number, length: number): void {
    const before = this.removed.length ? this.removed[this.removed.length - 1]! : 0;
    this.at.push(splicedOffset);
    this.removed.push(before + length);
  }

  /** Original offset of a character of the spliced text. */
  original(spliced: number): number {
    // Count the splices at or before this offset (they were removed before it).
    let lo = 0;
    let hi = this.at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.at[mid]! <= spliced) lo = mid + 1;
      else hi = mid;
    }
    return spliced + (lo ? this.removed[lo - 1]! : 0);
  }

  /** 1-based line and column of an original offset. */
  lineCol(offset: number): { line: number; col: number } {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: offset - this.lineStarts[lo]! + 1 };
  }
}

/** Phase 2: delete every backslash immediately followed by a newline. */
function splice(text: string, map: OffsetMap): string {
  if (!text.includes('\\')) return text;
  let out = '';
  let last = 0;
  const re = /\\\r?\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out += text.slice(last, m.index);
    map.addSplice(out.length, m[0].length);
    last = m.index + m[0].length;
  }
  return out + text.slice(last);
}

/** Rebuild a token with original-text positions and its span. */
function place(fileId: number, tok: IToken, map: OffsetMap): CToken {
  const startOffset = map.original(tok.startOffset);
  // The last character of the token, mapped, then one past it.
  const endOffset = map.original(tok.startOffset + tok.image.length - 1);
  const start = map.lineCol(startOffset);
  const end = map.lineCol(endOffset);
  const span: Span = { file: fileId, line: start.line, col: start.col, endLine: end.line, endCol: end.col + 1 };
  return {
    image: tok.image,
    tokenType: tok.tokenType,
    tokenTypeIdx: tok.tokenTypeIdx,
    startOffset,
    endOffset,
    startLine: start.line,
    startColumn: start.col,
    endLine: end.line,
    endColumn: end.col,
    span,
  };
}

/** A character chevrotain could not match (an exotic space such as U+00A0) becomes an `Other` token. */
function strayTokens(errors: ILexingError[], spliced: string): IToken[] {
  const out: IToken[] = [];
  for (const e of errors) {
    for (let i = 0; i < e.length; i++) {
      const offset = e.offset + i;
      out.push({
        image: spliced[offset]!, startOffset: offset, tokenType: Other, tokenTypeIdx: Other.tokenTypeIdx!,
        startLine: NaN, startColumn: NaN, endOffset: offset, endLine: NaN, endColumn: NaN,
      } as IToken);
    }
  }
  return out;
}

/**
 * A `/` directly followed by `*` means a block comment that never ends: a
 * closed one would have been skipped as a whole (C17 6.4.9p1).
 */
function unterminatedComment(tokens: IToken[]): number {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i]!;
    const b = tokens[i + 1]!;
    if (a.tokenType === Slash && b.tokenType === Star && b.startOffset === a.startOffset + 1) return i;
  }
  return -1;
}

/** Lex one file's text into CTokens (with Newline tokens kept, comments/whitespace dropped). */
export function lex(fileId: number, text: string): { tokens: CToken[]; errors: CompileError[] } {
  const errors: CompileError[] = [];
  // A UTF-8 byte order mark is not part of the program.
  const body = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  const map = new OffsetMap(body);
  const spliced = splice(body, map);
  const result = chevLexer.tokenize(spliced);
  let raw = result.tokens;
  if (result.errors.length) {
    raw = raw.concat(strayTokens(result.errors, spliced)).sort((a, b) => a.startOffset - b.startOffset);
  }
  const cut = unterminatedComment(raw);
  if (cut >= 0) {
    const start = place(fileId, raw[cut]!, map).span;
    errors.push({ severity: 'error', category: 'preprocessor-error', message: 'unterminated comment', span: { ...start, endCol: start.col + 2 } });
    raw = raw.slice(0, cut);
  }
  return { tokens: raw.map((t) => place(fileId, t, map)), errors };
}
