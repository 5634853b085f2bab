import { describe, expect, it } from 'vitest';
import type { Declaration, FunctionDefinition, StructSpecifier } from '../../../src/frontend/ast.js';
import { bodyOf, declOf, parseOk, sexpr, showDeclarator, showInit } from './parser-helpers.js';

const declarators = (src: string): string[] => declOf(src).declarators.map((d) => showDeclarator(d.declarator));

describe('declarators', () => {
  it('lists the derived steps outward from the name', () => {
    expect(declarators('int *a[3];')).toEqual(['a: array[3] > pointer']);
    expect(declarators('int (*a)[3];')).toEqual(['a: pointer > array[3]']);
    expect(declarators('int a[2][3];')).toEqual(['a: array[2] > array[3]']);
  });

  it('parses a pointer to a function taking int and returning a pointer', () => {
    expect(declarators('int *(*fp)(int);')).toEqual(['fp: pointer > function(int) > pointer']);
  });

  it('parses char *argv[] as a parameter', () => {
    const d = declOf('int main(int argc, char *argv[]);').declarators[0]!.declarator;
    expect(showDeclarator(d)).toBe('main: function(int argc, char argv)');
    const fn = d.derived[0]!;
    expect(fn.kind === 'function' && showDeclarator(fn.params![1]!.declarator)).toBe('argv: array[] > pointer');
  });

  it('parses an array of pointers to functions returning pointers to char', () => {
    expect(declarators('char *(*table[4])(void);')).toEqual(['table: array[4] > pointer > function(void) > pointer']);
  });

  it('parses a function returning a pointer to a function (signal)', () => {
    expect(declarators('void (*signal(int sig, void (*handler)(int)))(int);'))
      .toEqual(['signal: function(int sig, void handler) > pointer > function(int)']);
  });

  it('keeps pointer qualifiers on the pointer they follow', () => {
    const d = declOf('char *const *volatile p;').declarators[0]!.declarator;
    expect(d.derived.map((x) => x.kind === 'pointer' && x.qualifiers)).toEqual([
      { const: false, volatile: true, restrict: false, atomic: false },
      { const: true, volatile: false, restrict: false, atomic: false },
    ]);
  });

  it('parses array parameters with static, qualifiers and [*]', () => {
    const fn = declOf('void f(int a[static 4], int b[const restrict], int c[*]);').declarators[0]!.declarator.derived[0]!;
    if (fn.kind !== 'function') throw new Error('not a function');
    const arrays = fn.params!.map((p) => p.declarator.derived[0]!);
    expect(arrays.map((a) => a.kind === 'array' && [a.isStatic, a.qualifiers.const, a.qualifiers.restrict, a.star]))
      .toEqual([[true, false, false, false], [false, true, true, false], [false, false, false, true]]);
  });

  it('distinguishes (), (void), (...) and old-style identifier lists', () => {
    expect(declarators('int f(), g(void), h(int, ...), k(a, b);'))
      .toEqual(['f: function()', 'g: function(void)', 'h: function(int, ...)', 'k: function(a, b)']);
  });

  it('reads a parenthesized typedef name in a parameter as a function parameter list (C17 6.7.6.3p11)', () => {
    const f = parseOk('typedef int T; void f(int (T));')[1] as Extract<Declaration, { kind: 'declaration' }>;
    const fn = f.declarators[0]!.declarator.derived[0]!;
    expect(fn.kind === 'function' && showDeclarator(fn.params![0]!.declarator)).toBe('<abstract>: function(T)');
  });

  it('gives a declarator the span from its first token to its last', () => {
    const d = declOf('int *p[3] = 0;').declarators[0]!;
    expect(d.declarator.span).toMatchObject({ col: 5, endCol: 10 });
    expect(d.declarator.nameSpan).toMatchObject({ col: 6, endCol: 7 });
    expect(d.span).toMatchObject({ col: 5, endCol: 14 });
  });
});

describe('the typedef ambiguity', () => {
  it('reads T * x; as a declaration when T is a typedef name', () => {
    const [item] = bodyOf('typedef int T; void f(void) { T * x; }');
    expect(item!.kind).toBe('declaration');
    expect(item!.kind === 'declaration' && showDeclarator(item.declarators[0]!.declarator)).toBe('x: pointer');
  });

  it('reads T * x; as a multiplication when T is an ordinary identifier', () => {
    const [item] = bodyOf('int T, x; void f(void) { T * x; }');
    expect(item!.kind === 'exprStmt' && item.expr && sexpr(item.expr)).toBe('(* T x)');
  });

  it('lets an inner declaration hide a typedef name until the end of its block', () => {
    const items = bodyOf('typedef int T; int x; void f(void) { { int T = 2; T * x; } T * y; }');
    const inner = items[0]!;
    expect(inner.kind === 'compound' && inner.items.map((i) => i.kind)).toEqual(['declaration', 'exprStmt']);
    expect(items[1]!.kind).toBe('declaration');
  });

  it('lets a parameter hide a typedef name in the function body only', () => {
    const decls = parseOk('typedef int T; int x; void f(int T) { T * x; } T * g;');
    const f = decls[2] as FunctionDefinition;
    expect(f.body.items[0]!.kind).toBe('exprStmt');
    expect(decls[3]!.kind).toBe('declaration');
  });

  it('scopes a for-loop declaration to the loop', () => {
    const items = bodyOf('typedef int T; int x; void f(void) { for (int T = 0; T < 3; T++) T * x; T * y; }');
    const loop = items[0]!;
    expect(loop.kind === 'for' && loop.body.kind).toBe('exprStmt');
    expect(items[1]!.kind).toBe('declaration');
  });

  it('takes a typedef name after a type specifier as the declarator being declared', () => {
    const items = bodyOf('typedef int T; void f(void) { long T; T = 3; }');
    expect(items.map((i) => i.kind)).toEqual(['declaration', 'exprStmt']);
    expect(items[0]!.kind === 'declaration' && items[0].declarators[0]!.declarator.name).toBe('T');
  });

  it('reads T(y); as the declaration of y when T is a typedef name, and as a call otherwise', () => {
    expect(bodyOf('typedef int T; void f(void) { T(y); }')[0]).toMatchObject({ kind: 'declaration', declarators: [{ declarator: { name: 'y' } }] });
    expect(bodyOf('int T(int); int y; void f(void) { T(y); }')[0]).toMatchObject({ kind: 'exprStmt', expr: { kind: 'call' } });
  });

  it('makes a name a typedef name from the end of its declarator, in the same declaration', () => {
    const d = parseOk('typedef int T, *PT; PT p;')[1] as Extract<Declaration, { kind: 'declaration' }>;
    expect(d.specs.types).toMatchObject([{ kind: 'typedefName', name: 'PT' }]);
  });

  it('lets an enumeration constant hide a typedef name', () => {
    const items = bodyOf('typedef int E; int x; void f(void) { enum { E = 1 }; E * x; }');
    expect(items.map((i) => i.kind)).toEqual(['declaration', 'exprStmt']);
  });

  it('accepts a typedef name as a struct tag and a member name', () => {
    const s = parseOk('typedef int T; struct T { int T; } s;')[1] as Extract<Declaration, { kind: 'declaration' }>;
    const st = s.specs.types[0] as StructSpecifier;
    expect(st.tag).toBe('T');
    expect(st.members![0]!.declarators[0]!.declarator!.name).toBe('T');
  });
});

describe('specifiers, structs and enums', () => {
  it('collects specifiers as written', () => {
    const d = declOf('static const unsigned long long int volatile x;');
    expect(d.specs.storage).toEqual(['static']);
    expect(d.specs.types.map((t) => t.kind === 'keyword' && t.name)).toEqual(['unsigned', 'long', 'long', 'int']);
    expect(d.specs.qualifiers).toEqual({ const: true, volatile: true, restrict: false, atomic: false });
  });

  it('parses function specifiers, _Alignas and _Thread_local', () => {
    const d = declOf('_Thread_local _Alignas(16) _Alignas(double) static inline _Noreturn int x;');
    expect(d.specs.storage).toEqual(['_Thread_local', 'static']);
    expect(d.specs.inline && d.specs.noreturn).toBe(true);
    expect(d.specs.alignas.map((a) => a.kind)).toEqual(['intConst', 'typeName']);
  });

  it('reads _Atomic(T) as a specifier and plain _Atomic as a qualifier', () => {
    const a = declOf('_Atomic(int) a;').specs;
    expect(a.qualifiers.atomic).toBe(true);
    expect(a.types[0]!.kind).toBe('typeofType');
    const b = declOf('_Atomic int b;').specs;
    expect(b.qualifiers.atomic && b.types[0]!.kind).toBe('keyword');
  });

  it('parses typeof of an expression and of a type', () => {
    expect(declOf('typeof(1 + 2) a;').specs.types[0]!.kind).toBe('typeofExpr');
    expect(declOf('__typeof__(int *) b;').specs.types[0]!.kind).toBe('typeofType');
  });

  it('parses struct members, bit-fields and anonymous members', () => {
    const st = declOf('struct S { int a, *b; unsigned c : 3, : 0; union { int d; float e; }; };').specs.types[0] as StructSpecifier;
    expect(st.tag).toBe('S');
    expect(st.members!.map((m) => m.declarators.map((d) => `${d.declarator?.name ?? '_'}${d.bitWidth ? `:${sexpr(d.bitWidth)}` : ''}`)))
      .toEqual([['a', 'b'], ['c:3', '_:0'], []]);
    expect((st.members![2]!.specs.types[0] as StructSpecifier).isUnion).toBe(true);
  });

  it('distinguishes a struct reference from a definition', () => {
    expect((declOf('struct S *p;').specs.types[0] as StructSpecifier).members).toBeUndefined();
    expect((declOf('struct S {} s;').specs.types[0] as StructSpecifier).members).toEqual([]);
  });

  it('parses enumerators with and without values and a trailing comma', () => {
    const e = declOf('enum Color { RED, GREEN = 5, BLUE, };').specs.types[0]!;
    expect(e.kind === 'enum' && e.enumerators!.map((x) => `${x.name}${x.value ? `=${sexpr(x.value)}` : ''}`))
      .toEqual(['RED', 'GREEN=5', 'BLUE']);
  });
});

describe('initializers', () => {
  const init = (src: string): string => showInit(declOf(src).declarators[0]!.init!);

  it('parses nested brace initializers with trailing commas', () => {
    expect(init('int a[2][2] = { { 1, 2 }, { 3, }, };')).toBe('{{1, 2}, {3}}');
  });

  it('parses designated initializers with fields, indices and chains', () => {
    expect(init('struct S s = { .a = 1, [2] = 3, .b.c[1] = 4, 5 };')).toBe('{.a=1, [2]=3, .b.c[1]=4, 5}');
  });

  it('parses GNU designator ranges', () => {
    expect(init('int a[10] = { [0 ... 3] = 1, [4] = 2 };')).toBe('{[0 ... 3]=1, [4]=2}');
  });

  it('accepts the empty initializer {}', () => {
    expect(init('int a[3] = {};')).toBe('{}');
  });
});

describe('external definitions', () => {
  it('parses a function definition with its parameters and body', () => {
    const f = parseOk('static int add(int a, int b) { return a + b; }')[0] as FunctionDefinition;
    expect(f.kind).toBe('functionDefinition');
    expect(f.specs.storage).toEqual(['static']);
    expect(showDeclarator(f.declarator)).toBe('add: function(int a, int b)');
    expect(f.body.items[0]!.kind).toBe('return');
  });

  it('parses an old-style definition with its parameter declarations', () => {
    const f = parseOk('int f(a, b) int a; char *b; { return a; }')[0] as FunctionDefinition;
    expect(showDeclarator(f.declarator)).toBe('f: function(a, b)');
    expect(f.oldStyleDecls.map((d) => d.kind === 'declaration' && showDeclarator(d.declarators[0]!.declarator)))
      .toEqual(['a: plain', 'b: pointer']);
  });

  it('parses declarations with several declarators and initializers', () => {
    const d = declOf('int a = 1, *b = &a, c[] = { 1, 2 };');
    expect(d.declarators.map((x) => `${x.declarator.name}=${x.init ? showInit(x.init) : ''}`))
      .toEqual(['a=1', 'b=(& a)', 'c={1, 2}']);
  });

  it('parses static assertions with and without a message', () => {
    const [a, b] = parseOk('_Static_assert(sizeof(int) == 4, "int is 32 bits"); static_assert(1);');
    expect(a).toMatchObject({ kind: 'staticAssert', message: 'int is 32 bits' });
    expect(b).toMatchObject({ kind: 'staticAssert', message: undefined });
  });

  it('skips stray semicolons, file-scope asm and __extension__', () => {
    const decls = parseOk('; asm("nop"); __extension__ typedef long long ll; ll x;;');
    expect(decls.map((d) => d.kind)).toEqual(['declaration', 'declaration']);
  });

  it('accepts an empty translation unit', () => {
    expect(parseOk('')).toEqual([]);
  });
});

describe('GNU attributes in odd places', () => {
  it('keeps attributes among the declaration specifiers', () => {
    const d = declOf('__attribute__((unused)) static int __attribute__((aligned(8), section(".data"))) x;');
    expect(d.specs.attributes.map((a) => `${a.name}(${a.args.map(sexpr).join(',')})`))
      .toEqual(['unused()', 'aligned(8)', 'section(".data")']);
  });

  it('keeps attributes after a declarator and before its initializer, and drops an asm label', () => {
    const d = declOf('int x __asm__("y") __attribute__((weak)) = 1;').declarators[0]!;
    expect(d.declarator.attributes.map((a) => a.name)).toEqual(['weak']);
    expect(d.init && showInit(d.init)).toBe('1');
  });

  it('keeps struct attributes written after the keyword and after the closing brace', () => {
    const st = declOf('struct __attribute__((packed)) S { char c; int i; } __attribute__((aligned(4)));').specs.types[0] as StructSpecifier;
    expect(st.attributes.map((a) => a.name)).toEqual(['packed', 'aligned']);
  });

  it('accepts attributes on functions, parameters, pointers, enumerators and members', () => {
    const decls = parseOk(`
      void die(const char *fmt, ...) __attribute__((noreturn, format(printf, 1, 2)));
      int f(int x __attribute__((unused)));
      char * __attribute__((aligned(8))) p;
      enum E { A __attribute__((deprecated)) = 1 };
      struct M { int m __attribute__((aligned(16))); int bits : 3 __attribute__((packed)); };
      __attribute__((constructor)) static void init(void) {}
    `);
    expect(decls).toHaveLength(6);
    const die = decls[0] as Extract<Declaration, { kind: 'declaration' }>;
    expect(die.declarators[0]!.declarator.attributes.map((a) => a.name)).toEqual(['noreturn', 'format']);
  });

  it('accepts attribute names that are keywords and empty attribute lists', () => {
    const d = declOf('int f(void) __attribute__((const, __const__, , )) __attribute__(());');
    expect(d.declarators[0]!.declarator.attributes.map((a) => a.name)).toEqual(['const', '__const__']);
  });

  it('gives attributes written before a declaration in a block to its specifiers', () => {
    const [item] = bodyOf('void f(void) { __attribute__((unused)) int x; }');
    expect(item!.kind === 'declaration' && item.specs.attributes.map((a) => a.name)).toEqual(['unused']);
  });

  it('accepts attributes before statements and after labels', () => {
    const items = bodyOf('void f(int x) { switch (x) { case 1: x++; __attribute__((fallthrough)); default: l: __attribute__((unused)); } }');
    expect(items).toHaveLength(1);
  });
});

describe('a mixed bag of real-world C', () => {
  it('parses declarations and statements seen in real programs without error', () => {
    const decls = parseOk(`
      typedef int T;
      typedef void (*handler_t)(int);
      int (*(*x)(void))[3];
      struct ops { int (*open)(const char *, int); void (*close)(int); } ops;
      const char *const names[] = { "a", "b", };
      extern int a[], b;
      struct S; union U;
      typedef struct S S;
      struct S { T T; unsigned : 4; T bits : 3; };
      int (*fret(void))[3] { return 0; }
      int var(int n, ...) { return n; }
      int kr(a) { return a; }
      void (*fns[2])(void) = { 0, 0 };
      int *restrict rp;
      _Bool flag = 1;
      _Complex double z;
      long double ld = 1.0L;
      void body(int c, int *p) {
        int g(int);
        c = sizeof(struct { int a; });
        ((void (*)(void))p)();
        for (T *q = 0; q; q = 0) ;
        S *sp = &(S){ 0 };
        char ch = "abc"[1];
        (void)0;
        switch (c) case 1: break;
        if (c) ; else ;
        __typeof__(c) d = c;
        p = (int[3]){ [1] = 5 };
        static_assert(sizeof(int) == 4, "int");
        { int T = 1; T++; }
        T t2 = (T)1;
      }
    `);
    expect(decls).toHaveLength(19);
    const fret = decls[10] as FunctionDefinition;
    expect(showDeclarator(fret.declarator)).toBe('fret: function(void) > pointer > array[3]');
  });
});
