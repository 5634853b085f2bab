/* Mutually recursive structs and functions: an expression tree evaluated and printed recursively. */
#include <stdio.h>
#include <stdlib.h>
struct expr;
struct binop { char op; struct expr *l, *r; };
struct expr { int is_num; union { long num; struct binop bin; }; };
static struct expr *num(long v) { struct expr *e = malloc(sizeof *e); e->is_num = 1; e->num = v; return e; }
static struct expr *bin(char op, struct expr *l, struct expr *r) { struct expr *e = malloc(sizeof *e); e->is_num = 0; e->bin = (struct binop){ op, l, r }; return e; }
static long eval(const struct expr *e) {
    if (e->is_num) return e->num;
    long a = eval(e->bin.l), b = eval(e->bin.r);
    return e->bin.op == '+' ? a + b : e->bin.op == '*' ? a * b : a - b;
}
static void print(const struct expr *e) {
    if (e->is_num) { printf("%ld", e->num); return; }
    putchar('('); print(e->bin.l); printf(" %c ", e->bin.op); print(e->bin.r); putchar(')');
}
static void drop(struct expr *e) { if (!e->is_num) { drop(e->bin.l); drop(e->bin.r); } free(e); }
int main(void) {
    struct expr *e = bin('*', bin('+', num(2), num(3)), bin('-', num(10), bin('*', num(2), num(4))));
    print(e);
    printf(" = %ld\n", eval(e));
    drop(e);
    return 0;
}
