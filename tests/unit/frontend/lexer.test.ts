import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lex } from '../../../src/frontend/lexer.js';
import { oracleLex } from './lexer-oracle.js';
import type { CToken } from '../../../src/frontend/tokens.js';
import { Other } from '../../../src/frontend/tokens.js';

const kinds = (toks: CToken[]): string[] => toks.map((t) => `${t.tokenType.name}:${t.image}`);
const at = (t: CToken): string => `${t.span.line}:${t.span.col}-${t.span.endLine}:${t.span.endCol}`;

describe('lexer', () => {
  it('lexes keywords, identifiers, constants and punctuators with 1-based spans and an exclusive end', () => {
    const { tokens, errors } = lex(3, 'int interval = 0x1fUL;\n');
    expect(errors).toEqual([]);
    expect(kinds(tokens)).toEqual([
      'Int:int', 'Identifier:interval', 'Assign:=', 'IntegerConstant:0x1fUL', 'Semicolon:;', 'Newline:\n',
    ]);
    expect(tokens[1]!.span).toEqual({ file: 3, line: 1, col: 5, endLine: 1, endCol: 13 });
    expect(tokens[1]!.startOffset).toBe(4);
    expect(tokens[1]!.endOffset).toBe(11);
  });

  it('keeps newlines and drops comments and whitespace', () => {
    const { tokens } = lex(0, 'a /* one\ntwo */ b // rest \\\n still comment\nc');
    expect(kinds(tokens)).toEqual(['Identifier:a', 'Identifier:b', 'Newline:\n', 'Identifier:c']);
    expect(at(tokens[1]!)).toBe('2:8-2:9');
    expect(tokens[3]!.span.line).toBe(4);
  });

  it('splices a backslash-newline inside an identifier and maps the span back to the source', () => {
    const { tokens } = lex(0, 'foo\\\nbar = 1;\n  x');
    expect(tokens[0]!.image).toBe('foobar');
    expect(at(tokens[0]!)).toBe('1:1-2:4');
    expect(at(tokens[1]!)).toBe('2:5-2:6');
    expect(at(tokens[tokens.length - 1]!)).toBe('3:3-3:4');
  });

  it('lexes a string literal continued on the next line as one token', () => {
    const { tokens } = lex(0, '"ab\\\ncd" x');
    expect(kinds(tokens)).toEqual(['StringLiteral:"abcd"', 'Identifier:x']);
    expect(at(tokens[0]!)).toBe('1:1-2:4');
  });

  it('reports an unterminated block comment at its start', () => {
    const { tokens, errors } = lex(0, 'int x;\n  /* never closed\n int y;');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ severity: 'error', category: 'preprocessor-error', message: 'unterminated comment' });
    expect(errors[0]!.span).toMatchObject({ line: 2, col: 3 });
    expect(kinds(tokens)).toEqual(['Int:int', 'Identifier:x', 'Semicolon:;', 'Newline:\n']);
  });

  it('turns characters outside the C token set into Other tokens instead of failing', () => {
    const { tokens, errors } = lex(0, 'a @ \u00a0 ` b');
    expect(errors).toEqual([]);
    expect(kinds(tokens)).toEqual(['Identifier:a', 'Other:@', 'Other:\u00a0', 'Other:`', 'Identifier:b']);
  });

  it('keeps an unmatched quote as an Other token for the preprocessor to judge', () => {
    const { tokens } = lex(0, "don't\n");
    expect(kinds(tokens)).toEqual(['Identifier:don', "Other:'", 'Identifier:t', 'Newline:\n']);
  });

  it('reads CRLF line ends and a byte order mark', () => {
    const { tokens } = lex(0, '\ufeffx\r\ny');
    expect(kinds(tokens)).toEqual(['Identifier:x', 'Newline:\n', 'Identifier:y']);
    expect(tokens[2]!.span.line).toBe(2);
  });
});

describe('the Other token', () => {
  it("hints every character that is not white space as its start, exactly the complement of \\s", () => {
    const expected: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (!/\s/.test(String.fromCharCode(c))) expected.push(c);
    expect((Other as { START_CHARS_HINT?: number[] }).START_CHARS_HINT).toEqual(expected);
  });
});

describe('the hand-written lexer against chevrotain\'s lexer over the same vocabulary', () => {
  const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
  const same = (text: string): void => {
    const got = lex(7, text);
    const want = oracleLex(7, text);
    expect(got.errors).toEqual(want.errors);
    // Compare compactly first (a readable diff), then every field.
    expect(got.tokens.map((t) => `${t.tokenType.name}:${t.image}@${t.startOffset}`))
      .toEqual(want.tokens.map((t) => `${t.tokenType.name}:${t.image}@${t.startOffset}`));
    expect(got.tokens).toEqual(want.tokens);
  };

  it('lexes every header ciri ships exactly as chevrotain does', () => {
    const files = readdirSync(join(root, 'include'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.h'));
    expect(files.length).toBeGreaterThan(20);
    for (const f of files) same(readFileSync(join(root, 'include', f), 'utf8'));
  });

  it('lexes every C test program exactly as chevrotain does', () => {
    const files = ['tests/pass', 'tests/fail']
      .flatMap((d) => readdirSync(join(root, d), { recursive: true, encoding: 'utf8' }).map((f) => join(root, d, f)))
      .filter((f) => f.endsWith('.c'));
    expect(files.length).toBeGreaterThan(100);
    for (const f of files) same(readFileSync(f, 'utf8'));
  });

  it.each([
    ['numbers', '1 12u 0x1fUL 0x 0b101 0b2 1.5 .5 1. 1e5 1e 1.5e+3f 0x1p3 0x1.8p-2L 0x.8p1 1.2.3 08 1..2 123abc 1ulL 1LLu 1lul'],
    ['dots', '. .. ... .... a.b x...y .5.'],
    ['literals', `'a' '\\'' '\\\\' '' 'ab L'x' u'y' U'z' u8'w' u8"s" L"w" u"x" U"y" U8"z" "a\\"b" "unterminated\n" 'x\n`],
    ['prefix identifiers', 'L u U u8 Lx u8x LL uu L\'\nL"'],
    ['keywords as whole words only', 'int interval __const __const__ __const__x do double doubled _Bool typeof __typeof__ $x a$ static_assert'],
    ['punctuators', '<<= << <= < >>= >> >= > -> -- -= - ++ += + == = != ! && &= & || |= | *= * /= / %= % ^= ^ ## # ~ ? : ; , [ ] ( ) { } <: %:'],
    ['comments', 'a/**/b/* x */c//d\ne /*/ f */ g //* h\ni /*** j ***/ k'],
    ['an unterminated comment after tokens', 'x = 1; /* open'],
    ['an unterminated comment written /*=', 'x /*= y /* z'],
    ['an unterminated comment after /*=', 'x /*= y'],
    ['stray characters', 'a @ ` \\ b \u00a0 \u2028 \ufeff é 😀 \u3000'],
    ['line splices', 'ab\\\ncd "x\\\ny" // c\\\nd\ne\\\r\nf \\\\\ng \\ h'],
    ['CRLF and a byte order mark', '\ufeffint\r\nx;\r\n\r\n'],
    ['white space', ' \t\f\v\r\n\n  x \t'],
    ['an empty file', ''],
  ])('lexes %s exactly as chevrotain does', (_name, text) => {
    same(text);
  });

  it('lexes random strings of C\'s characters exactly as chevrotain does', () => {
    const alphabet = ['a', 'L', 'u', '8', 'x', '0', '1', 'e', 'p', '.', '+', '-', '\'', '"', '\\', '\n', '\r', ' ', '/', '*', '=', '<', '>', '#', '@', '\u00a0', 'int', '0x', 'u8'];
    let seed = 12345;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let i = 0; i < 400; i++) {
      let s = '';
      for (let k = rand(40); k > 0; k--) s += alphabet[rand(alphabet.length)];
      same(s);
    }
  });
});
