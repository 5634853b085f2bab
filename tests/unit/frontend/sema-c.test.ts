import { describe, expect, it } from 'vitest';
import { compileC, where } from './sema-c.js';
import { func, global, show, showInit } from './sema-builders.js';

describe('whole programs through the preprocessor and parser', () => {
  it('accepts a program using stdio.h, string.h and stdlib.h without diagnostics', () => {
    const r = compileC(`
      #include <stdio.h>
      #include <stdlib.h>
      #include <string.h>
      struct node { int value; struct node *next; };
      static struct node *push(struct node *head, int v) {
        struct node *n = malloc(sizeof *n);
        if (!n) return NULL;
        n->value = v;
        n->next = head;
        return n;
      }
      int main(int argc, char **argv) {
        struct node *list = NULL;
        for (int i = 0; i < 3; i++) list = push(list, i * argc);
        char buf[32];
        strcpy(buf, argv[0]);
        printf("%s %zu %d\\n", buf, strlen(buf), list ? list->value : -1);
        while (list) { struct node *next = list->next; free(list); list = next; }
        return EXIT_SUCCESS;
      }
    `);
    expect(r.messages).toEqual([]);
    expect(r.program!.externs.map((s) => s.name).sort()).toEqual(['free', 'malloc', 'printf', 'strcpy', 'strlen']);
  });

  it('types integer constants and promotions as C17 says', () => {
    const r = compileC(`
      int main(void) {
        unsigned char uc = 200; short s = -3; unsigned u = 1; long l = 2;
        uc + uc;
        s * u;
        u - l;
        0x7fffffff + 0;
        0x80000000;
        4294967296;
        'a' + 1L;
        return 0;
      }
    `);
    const main = func(r.program, 'main');
    const exprs = main.body.items.filter((s) => s.k === 'expr').map((s) => s.k === 'expr' ? show(s.expr) : '');
    expect(exprs).toEqual([
      '(+:int (int (load uc)) (int (load uc)))',
      '(*:unsigned int (unsigned int (load s)) (load u))',
      '(-:long (long (load u)) (load l))',
      '2147483647',
      '2147483648u',
      '4294967296l',
      '98l',
    ]);
  });

  it('computes struct layout, offsetof and pointer arithmetic element sizes', () => {
    const r = compileC(`
      #include <stddef.h>
      struct s { char c; double d; short h[3]; };
      size_t sz = sizeof(struct s), off = offsetof(struct s, h[1]);
      int main(void) {
        struct s arr[4], *p = arr;
        p + 1;
        &arr[3] - p;
        p->h + 2;
        return 0;
      }
    `);
    expect(showInit(global(r.program, 'sz').init)).toEqual(['0:unsigned long=24ul']);
    expect(showInit(global(r.program, 'off').init)).toEqual(['0:unsigned long=18ul']);
    const exprs = func(r.program, 'main').body.items.filter((s) => s.k === 'expr').map((s) => s.k === 'expr' ? show(s.expr) : '');
    expect(exprs).toEqual([
      '(ptr+ (load p) 1l *24)',
      '(ptr- (& (* (ptr+ (decay arr) 3l *24))) (load p) /24)',
      '(ptr+ (decay (. (* (load p)) h)) 2l *2)',
    ]);
  });

  it('flattens designated initializers with zero items for what is left out', () => {
    const r = compileC(`
      struct point { int x, y; };
      struct shape { const char *name; struct point pts[3]; int n; };
      struct shape tri = { "tri", { [2] = { .y = 5 }, [0].x = 1 }, .n = 3 };
      int grid[2][3] = { 1, 2, 3, { 4 } };
      char word[8] = "hey";
      int main(void) { return tri.n; }
    `);
    expect(r.messages).toEqual([]);
    expect(showInit(global(r.program, 'tri').init)).toEqual([
      '0:const char *=(const char * (decay "tri"))', '28:int=5', '8:int=1', '32:int=3', '12:zero 16',
    ]);
    expect(showInit(global(r.program, 'grid').init)).toEqual(['0:int=1', '4:int=2', '8:int=3', '12:int=4', '16:zero 8']);
    expect(showInit(global(r.program, 'word').init)).toEqual(['0:bytes 104,101,121,0', '4:zero 4']);
  });

  it('reports gcc\'s errors with the culprit\'s position', () => {
    const r = compileC(`int main(void) {
  int *p = 0, *q = 0;
  const int k = 1;
  p + q;
  k = 2;
  3 = k;
  undefined_thing++;
  return f(1, 2);
}
double f(int a) { return a; }
`);
    const errors = r.errors.filter((e) => e.severity === 'error' && !e.message.startsWith('conflicting'));
    expect(errors.map((e) => [e.message, where(e)])).toEqual([
      ["invalid operands to binary + (have 'int *' and 'int *')", '4:3'],
      ["assignment of read-only variable 'k'", '5:3'],
      ['lvalue required as left operand of assignment', '6:3'],
      ["'undefined_thing' undeclared (first use in this function)", '7:3'],
    ]);
    expect(r.messages).toContain("warning: implicit declaration of function 'f' [-Wimplicit-function-declaration]");
    const conflict = r.errors.find((e) => e.message.startsWith('conflicting'));
    expect([conflict?.message, where(conflict), conflict?.notes?.[0]?.message])
      .toEqual(["conflicting types for 'f'; have 'double (int)'", '10:8', "previous implicit declaration of 'f' with type 'int ()'"]);
  });

  it('links two files and reports duplicate and missing definitions', () => {
    const ok = compileC('extern int shared; int get(void); int main(void) { return get() + shared; }',
      'int shared = 4; int get(void) { return shared; }');
    expect(ok.messages).toEqual([]);
    const dup = compileC('int x = 1; int main(void) { return x; }', 'int x = 2;');
    expect(dup.errors.map((e) => [e.category, e.message, where(e), e.notes?.[0]?.message])).toEqual([
      ['link-error', "multiple definition of 'x'", '1:5', 'first defined here'],
    ]);
    const missing = compileC('extern int nowhere; int main(void) { return nowhere; }');
    expect(missing.errors.map((e) => [e.message, where(e)])).toEqual([["undefined reference to 'nowhere'", '1:45']]);
  });

  it('accepts bit-fields and variable length arrays without errors', () => {
    const r = compileC(`struct flags { unsigned a : 1, b : 4; char c; };
int main(int argc, char **argv) {
  int vla[argc];
  return sizeof(struct flags) + sizeof vla;
}
`);
    expect(r.errors).toEqual([]);
  });

  it('accepts the shipped headers that declare variadic functions, va_list and epoll', () => {
    const r = compileC(`
      #include <stdarg.h>
      #include <stdio.h>
      #include <sys/epoll.h>
      #include <unistd.h>
      #include <pthread.h>
      int main(void) { struct epoll_event ev = { .events = EPOLLIN, .data.fd = 0 }; return (int)sizeof ev; }
    `);
    expect(r.messages).toEqual([]);
  });
});

describe('C constructs end to end', () => {
  it('handles typedef shadowing, function pointers, statement expressions and ?: without middle operand', () => {
    const r = compileC(`
      typedef int T;
      static int inc(int x) { return x + 1; }
      int (*pick(int which))(int) { return which ? inc : 0; }
      int main(void) {
        int (*ops[2])(int) = { inc, 0 };
        T T = 3;
        int v = ({ int k = T; k * 2; });
        int w = pick(1)(v) ?: 5;
        return ops[0](w) + (*ops[0])(T);
      }
    `);
    expect(r.messages).toEqual([]);
    const ret = func(r.program, 'main').body.items.at(-1)!;
    expect(ret.k === 'return' && ret.value && show(ret.value))
      .toBe('(+:int (call (load (* (ptr+ (decay ops) 0l *8))) (load w)) (call (decay (* (load (* (ptr+ (decay ops) 0l *8))))) (load T)))');
  });

  it('gives old-style definitions their parameter types and keeps callers unprototyped', () => {
    const r = compileC(`
      int add(a, b) int a; long b; { return a + (int)b; }
      int main(void) { return add(1, 2); }
    `);
    expect(r.messages).toEqual([]);
    expect(func(r.program, 'add').type.params).toEqual([{ kind: 'int', ik: 'int' }, { kind: 'int', ik: 'long' }]);
  });

  it('reports break outside a loop, duplicate cases and undefined labels at their statements', () => {
    const r = compileC(`int main(void) {
  switch (1) { case 1: case 1: break; }
  break;
  goto nowhere;
}
`);
    expect(r.errors.map((e) => [e.message, where(e)])).toEqual([
      ['duplicate case value', '2:24'],
      ['break statement not within loop or switch', '3:3'],
      ["label 'nowhere' used but not defined", '4:3'],
    ]);
  });

  it('rejects a static initializer that is not constant and a call with too few arguments', () => {
    const r = compileC(`int g;
int *ok = &g + 1;
int bad = g;
int f(int, int);
int main(void) { return f(1); }
`);
    expect(r.errors.map((e) => [e.message, where(e)])).toEqual([
      ['initializer element is not constant', '3:11'],
      ["too few arguments to function 'f'", '5:25'],
    ]);
  });
});
