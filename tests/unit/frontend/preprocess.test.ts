import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { preprocess } from '../../../src/frontend/preprocess.js';
import { SourceMap } from '../../../src/frontend/source.js';

const INCLUDE = fileURLToPath(new URL('../../../include', import.meta.url));

/** Preprocess `main.c` with the given text; the result's tokens joined by spaces. */
function pp(text: string, defines: Record<string, string> = {}, undefines: string[] = []) {
  const sources = new SourceMap();
  const files: Record<string, string> = { 'main.c': text };
  const r = preprocess('main.c', { sources, readFile: (p) => files[p], includeDirs: [], systemIncludeDir: INCLUDE, defines, undefines });
  const errors = r.errors.filter((e) => e.severity === 'error').map((e) => `${e.span?.line}:${e.span?.col}: ${e.message}`);
  const warnings = r.errors.filter((e) => e.severity === 'warning').map((e) => `${e.span?.line}:${e.span?.col}: ${e.message}`);
  return { out: r.tokens.map((t) => t.image).join(' '), tokens: r.tokens, errors, warnings, sources };
}

const lines = (...l: string[]): string => l.join('\n') + '\n';

describe('object-like and function-like macros', () => {
  it('replaces an object-like macro and gives the tokens the span of the use', () => {
    const r = pp(lines('#define TEN (5 + 5)', 'int x =', '  TEN;'));
    expect(r.out).toBe('int x = ( 5 + 5 ) ;');
    const plus = r.tokens[5]!;
    expect(plus.image).toBe('+');
    expect(plus.tokenType.name).toBe('Plus');
    expect(plus.span).toMatchObject({ line: 3, col: 3, endCol: 6 });
  });

  it('keeps the spans of argument tokens where they were written', () => {
    const r = pp(lines('#define SQ(x) ((x) * (x))', 'int y = SQ(abc);'));
    expect(r.out).toBe('int y = ( ( abc ) * ( abc ) ) ;');
    const abc = r.tokens.find((t) => t.image === 'abc')!;
    expect(abc.span).toMatchObject({ line: 2, col: 12 });
    expect(r.tokens[3]!.span).toMatchObject({ line: 2, col: 9 });
  });

  it('splits arguments only at top-level commas', () => {
    const r = pp(lines('#define SECOND(a, b) b', 'SECOND(f(1, 2), (3, 4))'));
    expect(r.out).toBe('( 3 , 4 )');
  });

  it('does not expand a function-like macro name without a following parenthesis', () => {
    expect(pp(lines('#define f(x) [x]', 'int f; f (1)')).out).toBe('int f ; [ 1 ]');
  });

  it('takes the arguments of a function-like macro from later lines', () => {
    expect(pp(lines('#define f(x, y) x + y', 'f', '(', '1,', '2)')).out).toBe('1 + 2');
  });

  it('stops at a self-referential macro and at mutual recursion', () => {
    expect(pp(lines('#define foo foo', 'foo')).out).toBe('foo');
    expect(pp(lines('#define AA BB', '#define BB AA', 'AA BB')).out).toBe('AA BB');
    expect(pp(lines('#define f(x) x + f(x)', 'f(1)')).out).toBe('1 + f ( 1 )');
  });

  it('rescans a replacement together with the rest of the source', () => {
    expect(pp(lines('#define f(a) a*g', '#define g(a) f(a)', 'f(2)(9)')).out).toBe('2 * 9 * g');
    expect(pp(lines('#define lparen (', '#define ff(x) [x]', 'ff lparen 1)')).out).toBe('ff ( 1 )');
  });

  it('expands the C17 6.10.3.5 example 3 as gcc does', () => {
    const r = pp(lines(
      '#define x 3', '#define f(a) f(x * (a))', '#undef x', '#define x 2', '#define g f', '#define z z[0]',
      '#define h g(~', '#define m(a) a(w)', '#define w 0,1', '#define t(a) a', '#define p() int', '#define q(x) x',
      '#define r(x,y) x ## y', '#define str(x) # x',
      'f(y+1) + f(f(z)) % t(t(g)(0) + t)(1);', 'g(x+(3,4)-w) | h 5) & m', '(f)^m(m);',
      'p() i[q()] = { q(1), r(2,3), r(4,), r(,5), r(,) };', 'char c[2][6] = { str(hello), str() };'));
    expect(r.errors).toEqual([]);
    expect(r.out).toBe([
      'f ( 2 * ( y + 1 ) ) + f ( 2 * ( f ( 2 * ( z [ 0 ] ) ) ) ) % f ( 2 * ( 0 ) ) + t ( 1 ) ;',
      'f ( 2 * ( 2 + ( 3 , 4 ) - 0 , 1 ) ) | f ( 2 * ( ~ 5 ) ) & f ( 2 * ( 0 , 1 ) ) ^ m ( 0 , 1 ) ;',
      'int i [ ] = { 1 , 23 , 4 , 5 , } ;',
      'char c [ 2 ] [ 6 ] = { "hello" , "" } ;',
    ].join(' '));
  });

  it('warns about a different redefinition and accepts an identical one', () => {
    const r = pp(lines('#define A (1 + 1)', '#define A  /* same */ (1 + 1)', '#define A (1+1)', 'A'));
    expect(r.warnings).toEqual(['3:9: "A" redefined']);
    expect(r.out).toBe('( 1 + 1 )');
  });

  it('reports malformed definitions at the offending token', () => {
    const r = pp(lines('#define', '#define 3 x', '#define F(a, a) a', '#define G(a) # b', '#define H ## x', '#define I(a', 'ok'));
    expect(r.errors).toEqual([
      '1:1: no macro name given in #define directive',
      '2:9: macro names must be identifiers',
      '3:14: duplicate macro parameter "a"',
      '4:14: "#" is not followed by a macro parameter',
      '5:11: "##" cannot appear at either end of a macro expansion',
      '6:11: missing ")" in macro parameter list',
    ]);
    expect(r.out).toBe('ok');
  });

  it('reports a wrong argument count and an unterminated argument list', () => {
    const r = pp(lines('#define f(a, b) a b', 'f(1)', 'f(1, 2, 3)', 'f(1,'));
    expect(r.errors).toEqual([
      '2:1: macro "f" requires 2 arguments, but only 1 given',
      '3:1: macro "f" passed 3 arguments, but takes just 2',
      '4:1: unterminated argument list invoking macro "f"',
    ]);
  });

  it('runs directives that appear inside the arguments of an invocation', () => {
    expect(pp(lines('#define f(x) <x>', 'f(1', '#ifdef f', '+2', '#endif', ')')).out).toBe('< 1 + 2 >');
  });
});

describe('# and ##', () => {
  it('stringizes with one space between tokens and escapes quotes and backslashes', () => {
    const r = pp(lines('#define str(x) #x', 'str(  a   /* c */ +b  ', '  c) str("x\\n" \'\\\'\') str()'));
    expect(r.out).toBe('"a +b c" "\\"x\\\\n\\" \'\\\\\'\'" ""');
  });

  it('stringizes the argument before it is expanded, and after with one more level', () => {
    const r = pp(lines('#define str(s) # s', '#define xstr(s) str(s)', '#define INCFILE(n) vers ## n', 'str(INCFILE(2).h) xstr(INCFILE(2).h)'));
    expect(r.out).toBe('"INCFILE(2).h" "vers2.h"');
  });

  it('pastes tokens into new tokens re-lexed from the joined text', () => {
    const r = pp(lines('#define cat(a, b) a ## b', 'cat(x, 1) cat(+, =) cat(1, .5e3) cat(<<, =) cat(L, \'a\')'));
    expect(r.out).toBe('x1 += 1.5e3 <<= L\'a\'');
    expect(r.tokens.map((t) => t.tokenType.name)).toEqual(['Identifier', 'PlusAssign', 'FloatConstant', 'ShiftLeftAssign', 'CharConstant']);
  });

  it('pastes the unexpanded argument, so a macro operand of ## is not replaced', () => {
    expect(pp(lines('#define cat(a, b) a ## b', '#define xcat(a, b) cat(a, b)', 'cat(x, __LINE__) xcat(x, __LINE__)')).out)
      .toBe('x__LINE__ x3');
  });

  it('uses placemarkers for empty arguments of ## (C17 6.10.3.5 example 5)', () => {
    const r = pp(lines('#define t(x,y,z) x ## y ## z',
      'int j[] = { t(1,2,3), t(,4,5), t(6,,7), t(8,9,), t(10,,), t(,11,), t(,,12), t(,,) };'));
    expect(r.out).toBe('int j [ ] = { 123 , 45 , 67 , 89 , 10 , 11 , 12 , } ;');
  });

  it('builds a number in steps through a preprocessing number that is not a constant yet', () => {
    expect(pp(lines('#define cat(a, b) a ## b', '#define xcat(a, b) cat(a, b)', 'xcat(xcat(1, e), 5)')).out).toBe('1e5');
  });

  it('reports a paste that does not make one token and keeps both tokens', () => {
    const r = pp(lines('#define cat(a, b) a ## b', 'cat(., ;)'));
    expect(r.errors).toEqual(['2:1: pasting "." and ";" does not give a valid preprocessing token']);
    expect(r.out).toBe('. ;');
  });

  it('makes a ## token that is not an operator out of # ## # (C17 6.10.3.3p4)', () => {
    const r = pp(lines('#define hash_hash # ## #', '#define mkstr(a) # a', '#define in_between(a) mkstr(a)',
      '#define join(c, d) in_between(c hash_hash d)', 'char p[] = join(x, y);'));
    expect(r.out).toBe('char p [ ] = "x ## y" ;');
  });
});

describe('variadic macros', () => {
  it('substitutes __VA_ARGS__ with its commas (C17 6.10.3.5 example 7)', () => {
    const r = pp(lines('#define debug(...) fprintf(stderr, __VA_ARGS__)', '#define showlist(...) puts(#__VA_ARGS__)',
      '#define report(test, ...) ((test)?puts(#test): printf(__VA_ARGS__))',
      'debug("X = %d\\n", x);', 'showlist(The first, second, and third items.);', 'report(x>y, "x is %d but y is %d", x, y);'));
    expect(r.out).toBe([
      'fprintf ( stderr , "X = %d\\n" , x ) ;',
      'puts ( "The first, second, and third items." ) ;',
      '( ( x > y ) ? puts ( "x>y" ) : printf ( "x is %d but y is %d" , x , y ) ) ;',
    ].join(' '));
  });

  it('keeps __VA_OPT__ content only when the variable arguments expand to something', () => {
    const r = pp(lines('#define E', '#define F(...) [__VA_OPT__(x)]', '#define G(a, ...) f(a __VA_OPT__(,) __VA_ARGS__)',
      'F() F(E) F(1) G(1) G(1,) G(1, 2, 3)'));
    expect(r.out).toBe('[ ] [ ] [ x ] f ( 1 ) f ( 1 ) f ( 1 , 2 , 3 )');
  });

  it('treats __VA_OPT__ as an operand of # and ##', () => {
    const r = pp(lines('#define S(...) #__VA_OPT__(a  b)', '#define P(a, ...) a ## __VA_OPT__(b c)', 'S(1) S() P(x, 1) P(x)'));
    expect(r.out).toBe('"a b" "" xb c x');
  });

  it('deletes the comma before ## __VA_ARGS__ when the variable arguments are left out (GNU)', () => {
    const r = pp(lines('#define L(fmt, ...) printf(fmt, ## __VA_ARGS__)', '#define K(x...) k(a, ##x)', 'L("a") L("b", 1, 2) K() K(1)'));
    expect(r.out).toBe('printf ( "a" ) printf ( "b" , 1 , 2 ) k ( a ) k ( a , 1 )');
  });

  it('rejects __VA_ARGS__ outside a variadic macro', () => {
    expect(pp(lines('#define f(x) __VA_ARGS__')).errors).toEqual(['1:14: __VA_ARGS__ can only appear in the expansion of a variadic macro']);
  });
});

describe('predefined macros and the command line', () => {
  it('defines the platform and C17 macros with gcc values', () => {
    const r = pp(lines('__STDC__ __STDC_VERSION__ __STDC_HOSTED__ __x86_64__ __LP64__ __CHAR_BIT__ __SIZEOF_LONG__',
      '__SIZEOF_LONG_DOUBLE__ __INT_MAX__ __LONG_MAX__ __SIZE_MAX__ __GNUC__ __BYTE_ORDER__ __CIRI__ __DATE__ __TIME__'));
    expect(r.out).toBe('1 201710L 1 1 1 8 8 16 0x7fffffff 0x7fffffffffffffffL 0xffffffffffffffffUL 12 1234 1 "Jan  1 1970" "00:00:00"');
  });

  it('expands __LINE__, __FILE__ and __COUNTER__ where they are used', () => {
    const r = pp(lines('#define HERE __LINE__', '__FILE__ __LINE__', '', 'HERE __COUNTER__ __COUNTER__'));
    expect(r.out).toBe('"main.c" 2 4 0 1');
  });

  it('applies -D (with and without parameters) and then -U', () => {
    const r = pp(lines('A B SQ(3) C'), { A: '1', B: 'two words', 'SQ(x)': 'x*x', C: '3' }, ['C']);
    expect(r.out).toBe('1 two words 3 * 3 C');
  });

  it('runs _Pragma operators and drops them from the output', () => {
    const r = pp(lines('#define f(x) x', 'a _Pragma("GCC warning \\"careful\\"") b', '#pragma push_macro("f")', '#undef f',
      'f(1)', '#pragma pop_macro("f")', 'f(2)'));
    expect(r.out).toBe('a b f ( 1 ) 2');
    expect(r.warnings).toEqual(['2:3: careful']);
  });

  it('reports a quote without its partner only in text that is read', () => {
    const r = pp(lines('#if 0', "don't", '#endif', "char c = ';"));
    expect(r.errors).toEqual(["4:10: missing terminating ' character"]);
  });
});
