/**
 * The reference the hand-written lexer is checked against: chevrotain's own
 * regex lexer over the token vocabulary (`allTokens`, first matching pattern
 * wins, keywords with `longer_alt: Identifier`), with the same line splicing,
 * stray-character and unterminated-comment handling that src/frontend/lexer.ts
 * had when it was built on it. Slow, and only used by tests.
 */
import type { ILexingError, IToken } from 'chevrotain';
import { Lexer } from '../../../src/frontend/chevrotain.js';
import type { CompileError } from '../../../src/diagnostics/stop.js';
import { allTokens, Other, Slash, Star, type CToken } from '../../../src/frontend/tokens.js';

const chevLexer = new Lexer([...allTokens], { positionTracking: 'onlyOffset', ensureOptimizations: true });

class OffsetMap {
  readonly at: number[] = [];
  readonly removed: number[] = [];
  readonly lineStarts: number[] = [0];

  constructor(original: string) {
    for (let i = 0; i < original.length; i++) if (original.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
  }

  original(spliced: number): number {
    let k = 0;
    while (k < this.at.length && this.at[k]! <= spliced) k++;
    return spliced + (k ? this.removed[k - 1]! : 0);
  }

  lineCol(offset: number): { line: number; col: number } {
    let i = 0;
    while (i + 1 < this.lineStarts.length && this.lineStarts[i + 1]! <= offset) i++;
    return { line: i + 1, col: offset - this.lineStarts[i]! + 1 };
  }
}

function splice(text: string, map: OffsetMap): string {
  let out = '';
  let last = 0;
  const re = /\\\r?\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out += text.slice(last, m.index);
    map.at.push(out.length);
    map.removed.push((map.removed[map.removed.length - 1] ?? 0) + m[0].length);
    last = m.index + m[0].length;
  }
  return out + text.slice(last);
}

function place(fileId: number, tok: IToken, map: OffsetMap): CToken {
  const startOffset = map.original(tok.startOffset);
  const endOffset = map.original(tok.startOffset + tok.image.length - 1);
  const start = map.lineCol(startOffset);
  const end = map.lineCol(endOffset);
  return {
    image: tok.image, tokenType: tok.tokenType, tokenTypeIdx: tok.tokenTypeIdx, startOffset, endOffset,
    span: { file: fileId, line: start.line, col: start.col, endLine: end.line, endCol: end.col + 1 },
  };
}

function strayTokens(errors: ILexingError[], spliced: string): IToken[] {
  const out: IToken[] = [];
  for (const e of errors) {
    for (let i = 0; i < e.length; i++) {
      const offset = e.offset + i;
      out.push({ image: spliced[offset]!, startOffset: offset, tokenType: Other, tokenTypeIdx: Other.tokenTypeIdx! } as IToken);
    }
  }
  return out;
}

/** What `lex(fileId, text)` must return. */
export function oracleLex(fileId: number, text: string): { tokens: CToken[]; errors: CompileError[] } {
  const errors: CompileError[] = [];
  const body = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  const map = new OffsetMap(body);
  const spliced = splice(body, map);
  const result = chevLexer.tokenize(spliced);
  let raw = result.tokens;
  if (result.errors.length) raw = raw.concat(strayTokens(result.errors, spliced)).sort((a, b) => a.startOffset - b.startOffset);
  for (let i = 0; i + 1 < raw.length; i++) {
    const a = raw[i]!;
    const b = raw[i + 1]!;
    if (a.tokenType === Slash && b.tokenType === Star && b.startOffset === a.startOffset + 1) {
      const start = place(fileId, a, map).span;
      errors.push({ severity: 'error', category: 'preprocessor-error', message: 'unterminated comment', span: { ...start, endCol: start.col + 2 } });
      raw = raw.slice(0, i);
      break;
    }
  }
  return { tokens: raw.map((t) => place(fileId, t, map)), errors };
}
