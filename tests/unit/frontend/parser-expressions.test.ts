import { describe, expect, it } from 'vitest';
import { exprOf, sexpr } from './parser-helpers.js';

const s = (src: string, prelude = ''): string => sexpr(exprOf(src, prelude));

describe('operator precedence and associativity', () => {
  it('binds multiplication tighter than addition', () => {
    expect(s('a + b * c')).toBe('(+ a (* b c))');
    expect(s('a * b + c')).toBe('(+ (* a b) c)');
  });

  it('associates binary operators to the left', () => {
    expect(s('a - b - c')).toBe('(- (- a b) c)');
    expect(s('a / b % c')).toBe('(% (/ a b) c)');
    expect(s('a << b >> c')).toBe('(>> (<< a b) c)');
  });

  it('orders the ten binary levels as C17 6.5.5 to 6.5.14 do', () => {
    expect(s('a || b && c | d ^ e & f == g < h << i + j * k'))
      .toBe('(|| a (&& b (| c (^ d (& e (== f (< g (<< h (+ i (* j k))))))))))');
  });

  it('associates assignment and the conditional operator to the right', () => {
    expect(s('a = b = c')).toBe('(= a (= b c))');
    expect(s('a += b -= c')).toBe('(+= a (-= b c))');
    expect(s('a ? b : c ? d : e')).toBe('(? a b (? c d e))');
  });

  it('parses every compound assignment operator', () => {
    for (const op of ['*=', '/=', '%=', '+=', '-=', '<<=', '>>=', '&=', '^=', '|=']) {
      expect(s(`x ${op} 1`)).toBe(`(${op} x 1)`);
    }
  });

  it('gives the comma operator the lowest precedence', () => {
    expect(s('a = 1, b = 2, c')).toBe('(, (, (= a 1) (= b 2)) c)');
  });

  it('lets the middle operand of ?: be a full expression', () => {
    expect(s('a ? b, c : d')).toBe('(? a (, b c) d)');
  });

  it('accepts the GNU conditional with an omitted middle operand', () => {
    expect(s('a ?: b')).toBe('(? a _ b)');
  });

  it('binds prefix operators tighter than binary ones and postfix operators tightest', () => {
    expect(s('-a * b')).toBe('(* (- a) b)');
    expect(s('-x[1]')).toBe('(- ([] x 1))');
    expect(s('*p++')).toBe('(* (post++ p))');
    expect(s('!~+-x')).toBe('(! (~ (+ (- x))))');
    expect(s('&*p')).toBe('(& (* p))');
    expect(s('++*--p')).toBe('(pre++ (* (pre-- p)))');
  });

  it('chains postfix operators left to right', () => {
    expect(s('a.b->c[1](2, 3)++')).toBe('(post++ (call ([] (-> (. a b) c) 1) 2 3))');
    expect(s('f()()')).toBe('(call (call f))');
  });

  it('keeps no node for parentheses but gives the inner node their span', () => {
    const e = exprOf('(a + b) * c');
    expect(sexpr(e)).toBe('(* (+ a b) c)');
    // `void test_fn(void) { ` is 21 columns: the parentheses take columns 22 to 28.
    expect(e.kind === 'binary' && e.left.span).toMatchObject({ col: 22, endCol: 29 });
  });
});

describe('casts and parenthesized expressions', () => {
  const prelude = 'typedef int T; typedef struct P { int x; } P;';

  it('reads (T)x as a cast when T is a typedef name', () => {
    expect(s('(T)x', prelude)).toBe('(cast T x)');
    expect(s('(T)-x', prelude)).toBe('(cast T (- x))');
  });

  it('reads (a)-x as a subtraction when a is an ordinary identifier', () => {
    expect(s('(a)-x')).toBe('(- a x)');
    expect(s('(a)(x)')).toBe('(call a x)');
  });

  it('parses casts to derived types written as abstract declarators', () => {
    expect(s('(int *)p')).toBe('(cast int [pointer] p)');
    expect(s('(char (*)[4])p')).toBe('(cast char [pointer > array[4]] p)');
    expect(s('(void (*)(int))f')).toBe('(cast void [pointer > function(int)] f)');
    expect(s('(const unsigned long)x')).toBe('(cast unsigned long x)');
  });

  it('binds a cast tighter than binary operators and applies it to a postfix expression', () => {
    expect(s('(long)a + b')).toBe('(+ (cast long a) b)');
    expect(s('(long)a[1]')).toBe('(cast long ([] a 1))');
    expect(s('(int)(char)x')).toBe('(cast int (cast char x))');
  });

  it('parses compound literals and the postfix operators after them', () => {
    expect(s('(P){ 1 }', prelude)).toBe('(literal P {1})');
    expect(s('(P){ .x = 2 }.x', prelude)).toBe('(. (literal P {.x=2}) x)');
    expect(s('(int[]){ 1, 2, }[1]')).toBe('([] (literal int [array[]] {1, 2}) 1)');
    expect(s('&(struct P){ 0 }', prelude)).toBe('(& (literal struct {0}))');
  });

  it('parses sizeof of a type, of an expression and of a parenthesized expression', () => {
    expect(s('sizeof(int)')).toBe('(sizeof-type int)');
    expect(s('sizeof(T) * 2', prelude)).toBe('(* (sizeof-type T) 2)');
    expect(s('sizeof x + 1')).toBe('(+ (sizeof x) 1)');
    expect(s('sizeof (x)[0]')).toBe('(sizeof ([] x 0))');
    expect(s('sizeof (P){ 1 }', prelude)).toBe('(sizeof (literal P {1}))');
    expect(s('sizeof sizeof(int)')).toBe('(sizeof (sizeof-type int))');
  });

  it('parses _Alignof of a type and GNU __alignof__ of an expression', () => {
    expect(s('_Alignof(double)')).toBe('(alignof-type double)');
    expect(s('__alignof__ x')).toBe('(alignof x)');
  });
});

describe('primary expressions and GNU forms', () => {
  it('parses a statement expression', () => {
    const e = exprOf('({ int y = 1; y + 1; })');
    expect(e.kind).toBe('stmtExpr');
    expect(e.kind === 'stmtExpr' && e.body.items.map((i) => i.kind)).toEqual(['declaration', 'exprStmt']);
  });

  it('ignores __extension__ before an expression', () => {
    expect(s('__extension__ 1LL + 2')).toBe('(+ 1ll 2)');
  });

  it('parses _Generic with type associations and a default', () => {
    expect(s('_Generic(x, int: 1, char *: 2, default: 3)')).toBe('(generic x int:1 char [pointer]:2 default:3)');
  });

  it('parses __builtin_offsetof with a member path', () => {
    expect(s('__builtin_offsetof(struct S, a.b[2].c)')).toBe('(offsetof struct .a.b[2].c)');
  });

  it('parses __builtin_va_arg with a type name', () => {
    expect(s('__builtin_va_arg(ap, char *)')).toBe('(va_arg ap char [pointer])');
  });

  it('treats __builtin_va_list as a typedef name from the start', () => {
    expect(s('(__builtin_va_list)0')).toBe('(cast __builtin_va_list 0)');
  });

  it('concatenates adjacent string literals into one node spanning them all', () => {
    const e = exprOf('"ab" "c"\n"d"');
    expect(sexpr(e)).toBe('"abcd"');
    expect(e.span).toMatchObject({ line: 2, endLine: 3 });
  });

  it('decodes the constants of an expression', () => {
    expect(s("0x10 + 010 + 'a' + 1.5f")).toBe("(+ (+ (+ 16 8) '97') 1.5f)");
  });
});
