import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { preprocess } from '../../../src/frontend/preprocess.js';
import { SourceMap } from '../../../src/frontend/source.js';

const INCLUDE = fileURLToPath(new URL('../../../include', import.meta.url));

function pp(text: string) {
  const files: Record<string, string> = { 'main.c': text };
  const r = preprocess('main.c', { sources: new SourceMap(), readFile: (p) => files[p], includeDirs: [], systemIncludeDir: INCLUDE, defines: {}, undefines: [] });
  const errors = r.errors.filter((e) => e.severity === 'error').map((e) => `${e.span?.line}:${e.span?.col}: ${e.message}`);
  const warnings = r.errors.filter((e) => e.severity === 'warning').map((e) => `${e.span?.line}:${e.span?.col}: ${e.message}`);
  return { out: r.tokens.map((t) => t.image).join(' '), errors, warnings, raw: r.errors };
}

const lines = (...l: string[]): string => l.join('\n') + '\n';

/** The truth of one `#if` expression, as the preprocessor sees it. */
function truth(expr: string, prelude = ''): boolean | string {
  const r = pp(lines(prelude, `#if ${expr}`, 'yes', '#else', 'no', '#endif'));
  if (r.errors.length) return r.errors.join('; ');
  return r.out === 'yes';
}

describe('#if arithmetic (C17 6.10.1)', () => {
  it('computes in intmax_t with C precedence', () => {
    expect(truth('1 + 2 * 3 == 7')).toBe(true);
    expect(truth('(1 + 2) * 3 == 9 && 7 / 2 == 3 && -7 / 2 == -3 && -7 % 2 == -1')).toBe(true);
    expect(truth('1 << 4 == 16 && 256 >> 4 == 16 && (5 & 3) == 1 && (5 | 3) == 7 && (5 ^ 3) == 6')).toBe(true);
    expect(truth('0x7fffffffffffffff > 0 && 0x7fffffffffffffff + 0 == 9223372036854775807')).toBe(true);
    expect(truth('-1 >> 63 == -1 && !0 == 1 && ~0 == -1')).toBe(true);
  });

  it('converts to uintmax_t when either operand is unsigned', () => {
    expect(truth('-1 < 0u')).toBe(false);
    expect(truth('-1 > 0u && (0 ? 1u : -1) > 0')).toBe(true);
    expect(truth('18446744073709551615 == -1')).toBe(true);
    expect(truth('~0u == 0xffffffff')).toBe(false);
  });

  it('evaluates ?: and only the operands that count', () => {
    expect(truth('1 ? 2 : (1 / 0)')).toBe(true);
    expect(truth('0 && 1 / 0')).toBe(false);
    expect(truth('1 || 1 % 0')).toBe(true);
    expect(truth('0 ? 0 : 3 == 3')).toBe(true);
    expect(truth('1 / 0')).toBe('2:7: division by zero in #if');
  });

  it('reads character constants as gcc does on x86-64', () => {
    expect(truth("'a' == 97 && '\\n' == 10 && '\\377' < 0 && '\\x41' == 65 && '\\0' == 0")).toBe(true);
    expect(truth("L'\\xffffffff' < 0 && u'\\xffff' > 0 && U'\\U0001F600' == 0x1F600 && 'ab' == 24930")).toBe(true);
  });

  it('treats identifiers that are not macros, keywords included, as 0', () => {
    expect(truth('UNDEFINED_THING == 0 && int == 0')).toBe(true);
    expect(truth('VALUE == 3', '#define VALUE 1 + 2')).toBe(true);
  });

  it('evaluates defined X and defined(X) before expansion', () => {
    expect(truth('defined FOO && defined(BAR) && !defined BAZ', '#define FOO\n#define BAR 0')).toBe(true);
    expect(truth('defined(__has_include) && defined __LINE__ && defined __STDC__')).toBe(true);
    expect(truth('defined')).toBe('2:5: operator "defined" requires an identifier');
  });

  it('reports malformed expressions at the offending token', () => {
    expect(truth('')).toBe('2:1: #if with no expression');
    expect(truth('1 +')).toBe('2:7: #if expression ends too early');
    expect(truth('(1')).toBe("2:6: expected ')' at end of preprocessor expression");
    expect(truth('1 2')).toBe('2:7: missing binary operator before token "2"');
    expect(truth('1.0')).toBe('2:5: floating constant in preprocessor expression');
    expect(truth('"s"')).toBe('2:5: token ""s"" is not valid in preprocessor expressions');
    expect(truth('089')).toBe('2:5: invalid digit in octal constant "089"');
  });

  it('warns about a decimal constant too large for intmax_t', () => {
    const r = pp(lines('#if 9223372036854775808 > 0', '#endif'));
    expect(r.warnings).toEqual(['1:5: integer constant is so large that it is unsigned']);
  });
});

describe('conditional groups', () => {
  it('takes the first true branch of #if / #elif / #else', () => {
    const src = (v: number): string => lines(`#define V ${v}`, '#if V == 1', 'one', '#elif V == 2', 'two', '#else', 'other', '#endif');
    expect(pp(src(1)).out).toBe('one');
    expect(pp(src(2)).out).toBe('two');
    expect(pp(src(3)).out).toBe('other');
  });

  it('handles #ifdef, #ifndef, #elifdef and #elifndef', () => {
    const r = pp(lines('#define A', '#ifdef A', 'a', '#endif', '#ifndef A', 'no', '#elifdef B', 'no', '#elifndef B', 'b', '#endif'));
    expect(r.out).toBe('a b');
  });

  it('does not evaluate an #elif after a branch was taken', () => {
    const r = pp(lines('#if 1', 'x', '#elif 1 / 0', 'y', '#endif'));
    expect(r.errors).toEqual([]);
    expect(r.out).toBe('x');
  });

  it('skips nested groups and anything that looks like a directive inside them', () => {
    const r = pp(lines('#if 0', '#if 1 / 0', '#bogus', '#error not read', '#else', 'no', '#endif', 'no', '#else', 'yes', '#endif'));
    expect(r.errors).toEqual([]);
    expect(r.out).toBe('yes');
  });

  it('reports stray #else, #elif and #endif, and #elif after #else', () => {
    const r = pp(lines('#else', '#endif', '#elif 1', '#if 1', '#else', '#else', '#elif 1', '#endif'));
    expect(r.errors).toEqual([
      '1:1: #else without #if', '2:1: #endif without #if', '3:1: #elif without #if', '6:1: #else after #else', '7:1: #elif after #else',
    ]);
  });

  it('reports an #if left open at the end of the file at the #if', () => {
    const r = pp(lines('x', '  #ifdef FOO', '#if 1'));
    expect(r.errors).toEqual(['2:3: unterminated #ifdef', '3:1: unterminated #if']);
  });

  it('warns about extra tokens after #endif and #ifdef', () => {
    const r = pp(lines('#ifdef A B', '#endif A'));
    expect(r.warnings).toEqual(['1:10: extra tokens at end of #ifdef directive', '2:8: extra tokens at end of #endif directive']);
  });
});

describe('other directives', () => {
  it('makes #error an error and #warning a warning, with the text and the directive span', () => {
    const r = pp(lines('#error stop "here" now', '  #warning careful'));
    expect(r.raw).toMatchObject([
      { severity: 'error', category: 'preprocessor-error', message: '#error stop "here" now', span: { line: 1, col: 1, endLine: 1, endCol: 23 } },
      { severity: 'warning', category: 'preprocessor-error', message: '#warning careful', span: { line: 2, col: 3, endLine: 2, endCol: 19 } },
    ]);
  });

  it('accepts the null directive and ignores unknown pragmas', () => {
    const r = pp(lines('#', '#pragma weird thing', '#pragma STDC FP_CONTRACT ON', 'ok'));
    expect(r.errors).toEqual([]);
    expect(r.out).toBe('ok');
  });

  it('reports #pragma pack as unsupported rather than laying structures out wrongly', () => {
    const r = pp(lines('#pragma pack(1)'));
    expect(r.errors).toEqual(['1:1: #pragma pack is not supported yet (use __attribute__((packed)) or aligned(N) on the structure)']);
    expect(r.raw[0]!.category).toBe('unsupported');
  });

  it('rejects an unknown directive', () => {
    expect(pp(lines('#frobnicate x')).errors).toEqual(['1:2: invalid preprocessing directive #frobnicate']);
  });

  it('changes __LINE__ and __FILE__ with #line', () => {
    const r = pp(lines('#line 100 "foo.c"', '__LINE__ __FILE__', '#define N 7', '#line N', '__LINE__', '#line 0x10'));
    expect(r.out).toBe('100 "foo.c" 7');
    expect(r.errors).toEqual(['6:7: "0x10" after #line is not a positive integer']);
  });
});
