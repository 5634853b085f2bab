import { describe, expect, it } from 'vitest';
import { lex } from '../../../src/frontend/lexer.js';
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
    expect(tokens[1]!.startColumn).toBe(5);
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
