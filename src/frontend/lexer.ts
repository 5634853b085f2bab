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
 * The scanner is written by hand (a switch on the first character) rather
 * than run by chevrotain's regex lexer: it is the first thing every token
 * goes through, and the hand-written loop lexes a large file several times
 * faster, cold, and makes one object per token plus its span instead of four.
 * It produces exactly the tokens chevrotain's lexer over `allTokens` would
 * (first matching pattern in list order, keywords only as whole words;
 * tests/unit/frontend/lexer.test.ts compares the two): the literal patterns
 * are the token types' own regexes, run sticky at the current offset.
 *
 * Not here: trigraphs (gcc ignores them by default too), decoding of
 * literal values (the parser's job), unterminated quotes (reported by the
 * preprocessor only when the token is not in a skipped group).
 *
 * Two entry points share the scanner: `lex` returns every token, Newlines
 * included (what chevrotain's lexer would); `lexFile` returns what the
 * preprocessor reads, the tokens without the Newlines and with `space` and
 * `bol` marks in their place, made while scanning rather than in a second
 * pass over a token list that holds a Newline token per line.
 *
 * Invariant: every returned token has `span`, and its `startOffset` and
 * `endOffset` refer to the original text. chevrotain's optional line and
 * column fields are left out: the parser never reads them and the span says
 * the same, and four fewer fields on every token is memory a large unit
 * must otherwise copy through the young generation.
 */
import type { TokenType } from 'chevrotain';
import type { CompileError } from '../diagnostics/stop.js';
import type { Span } from './source.js';
import {
  AndAnd, AndAssign, Amp, Arrow, Assign, Bang, Caret, CharConstant, Colon, Comma, Dot, Ellipsis, EqualEqual,
  FloatConstant, Greater, GreaterEqual, Hash, HashHash, Identifier, IntegerConstant, LBrace, LBracket, Less,
  LessEqual, LParen, Minus, MinusAssign, MinusMinus, Newline, NotEqual, OrAssign, OrOr, Other, Percent,
  PercentAssign, Pipe, Plus, PlusAssign, PlusPlus, Question, RBrace, RBracket, RParen, Semicolon, ShiftLeft,
  ShiftLeftAssign, ShiftRight, ShiftRightAssign, Slash, SlashAssign, Star, StarAssign, StringLiteral, Tilde,
  XorAssign, keywordTokens, type CToken,
} from './tokens.js';

/** Where the spliced text maps back to the original (phase 2 bookkeeping). */
class OffsetMap {
  /** Spliced offsets at which a backslash-newline was removed, ascending. */
  private readonly at: number[] = [];
  /** Characters removed up to and including the splice at the same index. */
  private readonly removed: number[] = [];

  addSplice(splicedOffset: number, length: number): void {
    const before = this.removed.length ? this.removed[this.removed.length - 1]! : 0;
    this.at.push(splicedOffset);
    this.removed.push(before + length);
  }

  /** Original offset of a character of the spliced text. */
  original(spliced: number): number {
    if (this.at.length === 0) return spliced;
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
}

/**
 * 1-based line and column of original offsets asked for in ascending order
 * (a token's start, its end, the next token's start...): a cursor over the
 * line starts moves forward only, so each lookup is O(1) amortized. Needed
 * only for text with line splices; otherwise the scanner counts lines itself.
 */
class LineCursor {
  /** Offsets of the start of each line of the original text. */
  private readonly starts: number[] = [0];
  /** Index of the line of the last offset asked for. */
  private index = 0;
  line = 1;
  col = 1;

  constructor(original: string) {
    for (let i = original.indexOf('\n'); i >= 0; i = original.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  /** Sets `line` and `col` to the position of `offset`. */
  seek(offset: number): void {
    const starts = this.starts;
    let i = this.index;
    if (starts[i]! > offset) i = 0; // out of order (an unterminated comment's report): start over
    while (i + 1 < starts.length && starts[i + 1]! <= offset) i++;
    this.index = i;
    this.line = i + 1;
    this.col = offset - starts[i]! + 1;
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

/** Keyword spellings (`__const__` too) to their token types, read from the types' own patterns. */
const keywords: ReadonlyMap<string, TokenType> = (() => {
  const map = new Map<string, TokenType>();
  for (const t of keywordTokens) {
    // kw() in tokens.ts builds `(?:a|b|c)(?![A-Za-z0-9_$])`.
    const m = /^\(\?:([A-Za-z0-9_|]+)\)\(\?!\[A-Za-z0-9_\$\]\)$/.exec((t.PATTERN as RegExp).source);
    if (!m) throw new Error(`keyword ${t.name} has an unexpected pattern`);
    for (const word of m[1]!.split('|')) if (!map.has(word)) map.set(word, t);
  }
  return map;
})();

/** A token type's pattern, sticky, to be run at an offset. */
function sticky(t: TokenType): RegExp {
  return new RegExp((t.PATTERN as RegExp).source, 'y');
}

const FLOAT = sticky(FloatConstant);
const INTEGER = sticky(IntegerConstant);
const CHAR = sticky(CharConstant);
const STRING = sticky(StringLiteral);

/** Characters of [A-Za-z0-9_$], by code (identifier continuation). */
const IDENT_PART = new Uint8Array(128);
for (let c = 0; c < 128; c++) IDENT_PART[c] = /[A-Za-z0-9_$]/.test(String.fromCharCode(c)) ? 1 : 0;

/**
 * A file's tokens as the preprocessor reads them: the lexer's tokens without the
 * Newlines, and for each one its `space` and `bol` marks as bits of `flags`.
 */
export interface LexedTokens {
  readonly tokens: readonly CToken[];
  /** `SPACE | BOL` bits, by token index. */
  readonly flags: Uint8Array;
}

/** Whitespace or a comment came before the token on its line (backslash-newlines, removed in phase 2, do not count). */
export const SPACE = 1;
/** The token is the first of its line. */
export const BOL = 2;

/**
 * Receives each token's type, spliced [start, end), its text when the scanner already cut it
 * out (identifiers and keywords: a second slice would copy 100 000 short strings of a large
 * file again), and its `SPACE | BOL` marks.
 */
type Emit = (type: TokenType, start: number, end: number, image: string | undefined, flags: number) => void;

/** Tokenizes spliced text, Newlines included, passing each token to `emit`. */
class Scanner {
  private pos = 0;
  /** The text of the token being scanned, if cutting it out was part of scanning it. */
  private image: string | undefined = undefined;
  /**
   * The words met so far, by spelling, with their token type: one lookup per word, and one
   * string per spelling (a file uses a few thousand names a hundred thousand times, and each
   * token keeps its image to the end of the run).
   */
  private readonly words = new Map<string, { readonly image: string; readonly type: TokenType }>();
  /** Spliced offset of an unterminated block comment's `/`, if one ended the scan. */
  unterminatedAt = -1;
  /** The line (1-based) of the spliced text being scanned, counting the newlines of comments too. */
  line = 1;
  /** The spliced offset at which `line` starts. */
  lineStart = 0;

  constructor(private readonly text: string, private readonly emit: Emit) {}

  run(): void {
    const text = this.text;
    const n = text.length;
    // The marks of the next token: what was skipped since the last token or newline.
    let space = false;
    let bol = true;
    while (this.pos < n) {
      const start = this.pos;
      const c = text.charCodeAt(start);
      if (c === 32 || c === 9 || c === 13 || c === 11 || c === 12) {
        this.pos++;
        space = true;
        continue;
      }
      if (c === 10) {
        this.pos++;
        this.emit(Newline, start, start + 1, '\n', 0);
        this.line++;
        this.lineStart = this.pos;
        space = false;
        bol = true;
        continue;
      }
      if (c === 47 /* / */ && this.comment(start)) {
        if (this.unterminatedAt >= 0) return;
        space = true;
        continue;
      }
      this.image = undefined;
      const type = this.token(c, start);
      this.emit(type, start, this.pos, this.image, (space ? SPACE : 0) | (bol ? BOL : 0));
      space = false;
      bol = false;
    }
  }

  /**
   * Skips a comment at `start` (true), or returns false for a `/` that starts
   * none. An unterminated block comment ends the scan, except in `/*=`, where
   * chevrotain's lexer (which this follows) reads `/` and then `*=`.
   */
  private comment(start: number): boolean {
    const text = this.text;
    const next = text.charCodeAt(start + 1);
    if (next === 42 /* * */) {
      const close = text.indexOf('*/', start + 2);
      if (close >= 0) {
        for (let nl = text.indexOf('\n', start + 2); nl >= 0 && nl < close; nl = text.indexOf('\n', nl + 1)) {
          this.line++;
          this.lineStart = nl + 1;
        }
        this.pos = close + 2;
        return true;
      }
      if (text.charCodeAt(start + 2) === 61 /* = */) return false;
      this.unterminatedAt = start;
      return true;
    }
    if (next === 47) {
      const nl = text.indexOf('\n', start + 2);
      this.pos = nl < 0 ? text.length : nl;
      return true;
    }
    return false;
  }

  /** Lexes the token starting with code `c` at `start`, moving `pos` past it. */
  private token(c: number, start: number): TokenType {
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 36) return this.word(c, start);
    if (c >= 48 && c <= 57) return this.number(start) ?? this.match(INTEGER, start, IntegerConstant) ?? this.one(Other);
    if (c === 39) return this.match(CHAR, start, CharConstant) ?? this.one(Other);
    if (c === 34) return this.match(STRING, start, StringLiteral) ?? this.one(Other);
    return this.punctuator(c, start);
  }

  /** An identifier or keyword, or a literal with an encoding prefix (`L'x'`, `u8"..."`). */
  private word(c: number, start: number): TokenType {
    const text = this.text;
    if (c === 76 || c === 117 || c === 85) { // L u U
      const q = text.charCodeAt(start + 1) === 56 && c === 117 ? text.charCodeAt(start + 2) : text.charCodeAt(start + 1);
      if (q === 39 || q === 34) {
        const lit = this.match(CHAR, start, CharConstant) ?? this.match(STRING, start, StringLiteral);
        if (lit) return lit;
      }
    }
    let end = start + 1;
    for (let d = text.charCodeAt(end); d < 128 && IDENT_PART[d] === 1; d = text.charCodeAt(++end));
    this.pos = end;
    const image = text.slice(start, end);
    let word = this.words.get(image);
    if (word === undefined) this.words.set(image, (word = { image, type: keywords.get(image) ?? Identifier }));
    this.image = word.image;
    return word.type;
  }

  /** A floating constant at a digit or `.`, or undefined. */
  private number(start: number): TokenType | undefined {
    return this.match(FLOAT, start, FloatConstant);
  }

  /** Runs a sticky pattern at `start`; on a match moves past it and returns `type`. */
  private match(re: RegExp, start: number, type: TokenType): TokenType | undefined {
    re.lastIndex = start;
    if (!re.test(this.text)) return undefined;
    this.pos = re.lastIndex;
    return type;
  }

  private one(type: TokenType, length = 1): TokenType {
    this.pos += length;
    return type;
  }

  /** Punctuators (C17 6.4.6), longest first; anything else is `Other`, one code unit long. */
  private punctuator(c: number, start: number): TokenType {
    const text = this.text;
    const d = text.charCodeAt(start + 1);
    switch (c) {
      case 46: // .
        return this.number(start) ?? (d === 46 && text.charCodeAt(start + 2) === 46 ? this.one(Ellipsis, 3) : this.one(Dot));
      case 60: // <
        if (d === 60) return text.charCodeAt(start + 2) === 61 ? this.one(ShiftLeftAssign, 3) : this.one(ShiftLeft, 2);
        return d === 61 ? this.one(LessEqual, 2) : this.one(Less);
      case 62: // >
        if (d === 62) return text.charCodeAt(start + 2) === 61 ? this.one(ShiftRightAssign, 3) : this.one(ShiftRight, 2);
        return d === 61 ? this.one(GreaterEqual, 2) : this.one(Greater);
      case 45: // -
        return d === 62 ? this.one(Arrow, 2) : d === 45 ? this.one(MinusMinus, 2) : d === 61 ? this.one(MinusAssign, 2) : this.one(Minus);
      case 43: // +
        return d === 43 ? this.one(PlusPlus, 2) : d === 61 ? this.one(PlusAssign, 2) : this.one(Plus);
      case 61: return d === 61 ? this.one(EqualEqual, 2) : this.one(Assign); // =
      case 33: return d === 61 ? this.one(NotEqual, 2) : this.one(Bang); // !
      case 38: return d === 38 ? this.one(AndAnd, 2) : d === 61 ? this.one(AndAssign, 2) : this.one(Amp); // &
      case 124: return d === 124 ? this.one(OrOr, 2) : d === 61 ? this.one(OrAssign, 2) : this.one(Pipe); // |
      case 42: return d === 61 ? this.one(StarAssign, 2) : this.one(Star); // *
      case 47: return d === 61 ? this.one(SlashAssign, 2) : this.one(Slash); // /
      case 37: return d === 61 ? this.one(PercentAssign, 2) : this.one(Percent); // %
      case 94: return d === 61 ? this.one(XorAssign, 2) : this.one(Caret); // ^
      case 35: return d === 35 ? this.one(HashHash, 2) : this.one(Hash); // #
      case 91: return this.one(LBracket);
      case 93: return this.one(RBracket);
      case 40: return this.one(LParen);
      case 41: return this.one(RParen);
      case 123: return this.one(LBrace);
      case 125: return this.one(RBrace);
      case 126: return this.one(Tilde);
      case 63: return this.one(Question);
      case 58: return this.one(Colon);
      case 59: return this.one(Semicolon);
      case 44: return this.one(Comma);
      default:
        // Every other code unit is an `Other` token, exotic spaces (U+00A0...) included:
        // chevrotain's lexer reports those as errors, which became `Other` tokens all the same.
        return this.one(Other);
    }
  }
}

/**
 * Scans one file's text, passing each token (Newlines only if `newlines`) to `push` with
 * its `SPACE | BOL` marks.
 */
function scan(fileId: number, text: string, newlines: boolean, push: (token: CToken, flags: number) => void): CompileError[] {
  const errors: CompileError[] = [];
  // A UTF-8 byte order mark is not part of the program.
  const body = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  const map = new OffsetMap();
  const spliced = splice(body, map);
  // Without splices (the common case) the scanner's own line count is the original text's,
  // and no token spans two lines (only comments do, and they are skipped): its span is
  // read off the scanner. Otherwise offsets are mapped back and looked up.
  const unspliced = spliced.length === body.length;
  const lines = unspliced ? undefined : new LineCursor(body);
  const scanner: Scanner = new Scanner(spliced, (tokenType, start, end, image, flags) => {
    if (tokenType === Newline && !newlines) return;
    let startOffset = start;
    let endOffset = end - 1;
    let span: Span;
    if (!lines) {
      const col = start - scanner.lineStart + 1;
      span = { file: fileId, line: scanner.line, col, endLine: scanner.line, endCol: col + end - start };
    } else {
      startOffset = map.original(start);
      // The last character of the token, mapped, then one past it.
      endOffset = map.original(end - 1);
      lines.seek(startOffset);
      const line = lines.line;
      const col = lines.col;
      lines.seek(endOffset);
      span = { file: fileId, line, col, endLine: lines.line, endCol: lines.col + 1 };
    }
    push({ image: image ?? spliced.slice(start, end), tokenType, tokenTypeIdx: tokenType.tokenTypeIdx!, startOffset, endOffset, span }, flags);
  });
  scanner.run();
  if (scanner.unterminatedAt >= 0) {
    const cursor = new LineCursor(body);
    cursor.seek(map.original(scanner.unterminatedAt));
    const { line, col } = cursor;
    errors.push({
      severity: 'error', category: 'preprocessor-error', message: 'unterminated comment',
      span: { file: fileId, line, col, endLine: line, endCol: col + 2 },
    });
  }
  return errors;
}

/** Lex one file's text into CTokens (with Newline tokens kept, comments/whitespace dropped). */
export function lex(fileId: number, text: string): { tokens: CToken[]; errors: CompileError[] } {
  const tokens: CToken[] = [];
  const errors = scan(fileId, text, true, (token) => {
    tokens.push(token);
  });
  return { tokens, errors };
}

/** Lex one file's text for the preprocessor: its tokens without the Newlines, with their marks. */
export function lexFile(fileId: number, text: string): { lexed: LexedTokens; errors: CompileError[] } {
  const tokens: CToken[] = [];
  // Every token is at least one character long.
  const flags = new Uint8Array(text.length);
  const errors = scan(fileId, text, false, (token, f) => {
    flags[tokens.length] = f;
    tokens.push(token);
  });
  return { lexed: { tokens, flags: flags.subarray(0, tokens.length) }, errors };
}
