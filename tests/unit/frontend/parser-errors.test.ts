import { describe, expect, it } from 'vitest';
import { lexC, parseC } from './parser-helpers.js';
import { parse } from '../../../src/frontend/parser.js';
import { SourceMap } from '../../../src/frontend/source.js';

/** Each error as `line:col-endCol message`. */
const errors = (src: string): string[] =>
  parseC(src).errors.map((e) => `${e.span?.line}:${e.span?.col}-${e.span?.endCol} ${e.message}`);

describe('syntax error messages', () => {
  it('points after the expression that lacks its semicolon', () => {
    expect(errors('void f(int x) {\n  x = 1\n}')).toEqual(["2:8-9 expected ';' after expression"]);
  });

  it('names the token an expression was expected before', () => {
    expect(errors('void f(void) { g(1, ); }')).toEqual(["1:21-22 expected expression before ')' token"]);
    expect(errors('int x = ;')).toEqual(["1:9-10 expected expression before ';' token"]);
  });

  it('says which punctuation a declaration needs next', () => {
    expect(errors('int x = 1 2;')).toEqual(["1:11-12 expected ',' or ';' before numeric constant"]);
    expect(errors('int x\nint y;')).toEqual(["2:1-4 expected ',' or ';' before 'int'"]);
    expect(errors('void f(void) return;')).toEqual(["1:14-20 expected ';' or '{' before 'return'"]);
    expect(errors('int 3;')).toEqual(["1:5-6 expected identifier or '(' before numeric constant"]);
  });

  it('reports a missing closing parenthesis and brace', () => {
    expect(errors('int f(int x y);')).toEqual(["1:13-14 expected ')' before 'y'"]);
    expect(errors('enum E { A, B C };')).toEqual(["1:15-16 expected ',' or '}' before 'C'"]);
    expect(errors('int a[] = { 1, 2,, 3 };')).toEqual(["1:18-19 expected expression before ',' token"]);
  });

  it('reports what is missing at the end of the input once, at its end', () => {
    expect(errors('int main(void) {\n  return 0;')).toEqual(["2:12-13 expected '}' at end of input"]);
    expect(errors('void f(void) { { g(')).toEqual(["1:20-21 expected ')' at end of input"]);
  });

  it('reports an unknown type name as gcc does', () => {
    expect(errors('size_t n;')).toEqual(["1:1-7 unknown type name 'size_t'"]);
    expect(errors('void f(void) { uint8_t b = 0; }')).toEqual(["1:16-23 unknown type name 'uint8_t'"]);
  });

  it('reports a struct definition that lacks its semicolon before the next declaration', () => {
    expect(errors('struct S { int a; }\nint main(void) { return 0; }')).toEqual(["2:1-4 expected ';', identifier or '(' before 'int'"]);
  });

  it('words what a parameter list, a tag and a type name lack as gcc does', () => {
    expect(errors('int f(int a, b);')).toEqual(["1:14-15 unknown type name 'b'"]);
    expect(errors('int f(int a, );')).toEqual(["1:14-15 expected declaration specifiers or '...' before ')' token"]);
    expect(errors('struct 3 x;')).toEqual(["1:8-9 expected identifier or '{' before numeric constant"]);
    expect(errors('struct S { int a, ; };')).toEqual(["1:19-20 expected identifier or '(' before ';' token"]);
    expect(errors('int n; int x = (int (n));')).toEqual(["1:22-23 expected ')' before 'n'"]);
    expect(errors('int f(int (n, int m));')).toEqual(["1:13-14 expected ')' before ',' token"]);
  });

  it('reports a stray character', () => {
    expect(errors('void f(void) { @; }')).toEqual(["1:16-17 stray '@' in program"]);
  });

  it('reports jump statements without their semicolon after the keyword', () => {
    expect(errors('void f(void) { for (;;) { break } }')).toEqual(["1:32-33 expected ';' after 'break'"]);
    expect(errors('int f(void) { return 1 }')).toEqual(["1:23-24 expected ';' after return statement"]);
  });

  it('reports bad constants without abandoning the statement', () => {
    expect(errors('int a = 08, b = 0x;')).toEqual(['1:9-11 invalid digit "8" in octal constant', '1:17-18 invalid suffix "x" on integer constant']);
    expect(errors('int c = 1abc;')).toEqual(['1:9-10 invalid suffix "abc" on integer constant']);
  });

  it('reports literal problems as warnings or errors with the span of the literal', () => {
    const { errors: found } = parseC('int a = \'ab\'; char *s = "x" "\\777";');
    expect(found.map((e) => [e.severity, e.message, e.span?.col])).toEqual([
      ['warning', 'multi-character character constant', 9],
      ['error', 'octal escape sequence out of range', 29],
    ]);
  });

  it('reports storage classes where only a type may be written', () => {
    expect(errors('struct S { static int x; }; int y = sizeof(extern int);')).toEqual([
      "1:12-22 storage class 'static' specified for structure member",
      "1:44-54 storage class 'extern' specified in type name",
    ]);
  });

  it('uses the category syntax-error', () => {
    expect(parseC('int x = ;').errors[0]).toMatchObject({ severity: 'error', category: 'syntax-error' });
  });
});

describe('error recovery', () => {
  it('reports one error per broken statement and keeps parsing the rest', () => {
    const src = [
      'void f(int x) {',
      '  x = (1 + ;',
      '  if (x y) { x++; }',
      '  x = 2;',
      '  g(1, 2;',
      '  x = * ;',
      '}',
      'int ok;',
    ].join('\n');
    const { tu, errors: found } = parseC(src);
    expect(found.map((e) => `${e.span?.line}: ${e.message}`)).toEqual([
      "2: expected expression before ';' token",
      "3: expected ')' before 'y'",
      "5: expected ')' before ';' token",
      "6: expected expression before ';' token",
    ]);
    expect(tu.decls.map((d) => d.kind)).toEqual(['functionDefinition', 'declaration']);
    const body = tu.decls[0]!.kind === 'functionDefinition' ? tu.decls[0].body.items : [];
    expect(body.map((s) => s.kind)).toEqual(['exprStmt']);
  });

  it('skips a broken for header as a whole, semicolons included', () => {
    expect(errors('void f(void) { for (i = 0; i < n i++) { x; } y z; }'))
      .toEqual(["1:34-35 expected ';' before 'i'", "1:46-47 unknown type name 'y'"]);
  });

  it('recovers at file scope after a broken declaration or function', () => {
    const { tu, errors: found } = parseC('int f(int x y) { return 1; }\nint a = ;\nint g(void) { return 2; }');
    expect(found.map((e) => e.span?.line)).toEqual([1, 2]);
    expect(tu.decls.map((d) => d.kind)).toEqual(['functionDefinition']);
  });

  it('recovers inside a struct member list and a statement expression', () => {
    expect(errors('struct S { int a int b; int c; };')).toEqual(["1:17-18 expected ';' after member declaration"]);
    expect(errors('int g(void) { ({ int q = ; }); return 1; }')).toEqual(["1:26-27 expected expression before ';' token"]);
  });

  it('reports a stray closing brace at file scope and goes on', () => {
    const { tu, errors: found } = parseC('int main(void) { } }\nint z;');
    expect(found.map((e) => e.message)).toEqual(["expected identifier or '(' before '}' token"]);
    expect(tu.decls).toHaveLength(2);
  });

  it('restores typedef scopes after an error inside a block', () => {
    const { tu, errors: found } = parseC('typedef int T; int x; void f(void) { { int T; T = ; } T * y; }');
    expect(found).toHaveLength(1);
    const f = tu.decls[2]!;
    expect(f.kind === 'functionDefinition' && f.body.items.map((i) => i.kind)).toEqual(['compound', 'declaration']);
  });

  it('stops after 20 errors', () => {
    const src = Array.from({ length: 30 }, (_, i) => `int v${i} = ;`).join('\n');
    const found = parseC(src).errors;
    expect(found).toHaveLength(20);
    expect(found[19]!.span?.line).toBe(20);
  });

  it('never throws, whatever the tokens', () => {
    // Deterministic token soup: every prefix of a program shuffled with a fixed seed.
    const words = 'int ( ) { } [ ] ; , * x T typedef struct if else for 1 "s" = + ? : __attribute__ sizeof . -> case'.split(' ');
    let seed = 12345;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 300; round++) {
      const src = Array.from({ length: 1 + Math.floor(next() * 40) }, () => words[Math.floor(next() * words.length)]).join(' ');
      const result = parse(lexC(src), 0, new SourceMap());
      expect(result.errors.filter((e) => e.message.startsWith('internal error'))).toEqual([]);
      expect(result.errors.length).toBeLessThanOrEqual(20);
    }
  });

  it('reports nesting too deep for the parser as unsupported, and parses the next unit normally', () => {
    // 3 000 levels parse; 200 000 run the JS stack out (the CLI runs with a larger stack than the tests).
    expect(parseC(`int x = ${'('.repeat(3000)}1${')'.repeat(3000)};`).errors).toEqual([]);
    const deep = parseC(`int x = ${'('.repeat(200_000)}1${')'.repeat(200_000)};`).errors;
    expect(deep).toMatchObject([{ category: 'unsupported', message: "nesting too deep for ciri's parser" }]);
    expect(parseC('int y = ((1));').errors).toEqual([]);
  });

  it('reads a long else-if chain without running out of stack', () => {
    const chain = Array.from({ length: 3000 }, (_, i) => `if (x == ${i}) return ${i};`).join(' else ');
    const { tu, errors: found } = parseC(`int f(int x) { ${chain} return -1; }`);
    expect(found).toEqual([]);
    const f = tu.decls[0]!;
    let depth = 0;
    for (let s = f.kind === 'functionDefinition' ? f.body.items[0] : undefined; s?.kind === 'if'; s = s.else) depth++;
    expect(depth).toBe(3000);
  });

  it('leaves the caller\'s tokens as they came', () => {
    const tokens = lexC('typedef int T; T x;');
    const before = tokens.map((t) => t.tokenType.name);
    parse(tokens, 0, new SourceMap());
    expect(tokens.map((t) => t.tokenType.name)).toEqual(before);
  });
});
