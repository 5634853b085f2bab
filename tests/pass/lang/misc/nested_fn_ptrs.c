/* Functions returning function pointers, arrays of them, typedefs for callbacks, qsort-like dispatch written by hand. */
#include <stdio.h>
typedef int (*unary)(int);
static int inc(int x) { return x + 1; }
static int dbl(int x) { return x * 2; }
static int neg(int x) { return -x; }
static unary pick(char c) { return c == '+' ? inc : c == '*' ? dbl : neg; }
static int (*pick2(int i))(int) { static unary table[] = { inc, dbl, neg }; return table[i % 3]; }
static int compose(unary f, unary g, int x) { return f(g(x)); }
int main(void) {
    const char *ops = "+*-+";
    int v = 5;
    for (const char *p = ops; *p; p++) v = pick(*p)(v);
    printf("%d\n", v);
    printf("%d %d\n", pick2(4)(10), compose(dbl, inc, 3));
    unary chain[] = { dbl, dbl, inc };
    int x = 1;
    for (unsigned i = 0; i < sizeof chain / sizeof *chain; i++) x = chain[i](x);
    printf("%d %d\n", x, pick('*') == dbl);
    return 0;
}
