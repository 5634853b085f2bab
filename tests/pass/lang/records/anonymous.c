/* Anonymous structs and unions, nested records, flexible array members through malloc, struct assignment. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stddef.h>
struct value {
    int tag;
    union { long i; double d; struct { int lo, hi; }; };
};
struct buffer { size_t len; char data[]; };
struct outer { struct inner { short a; long b; } in; char c; };
int main(void) {
    struct value v = { .tag = 1, .i = 42 };
    printf("%d %ld %zu %zu\n", v.tag, v.i, sizeof v, offsetof(struct value, d));
    v.lo = 7; v.hi = 9;
    printf("%d %d\n", v.lo, v.hi);
    struct buffer *b = malloc(sizeof *b + 6);
    b->len = 6;
    memcpy(b->data, "flex!", 6);
    printf("%s %zu %zu\n", b->data, b->len, sizeof(struct buffer));
    free(b);
    struct outer o = { { 1, 2 }, 'z' }, p;
    p = o;
    p.in.b = 99;
    printf("%d %ld %c %ld %zu\n", p.in.a, p.in.b, p.c, o.in.b, sizeof o);
    struct inner in = o.in;
    printf("%ld\n", in.b);
    return 0;
}
