/* Unions: tagged unions, sizes and alignment, the last member stored is the one read, unions in structs and arrays. */
#include <stdio.h>
#include <string.h>
enum kind { K_INT, K_DBL, K_STR };
struct val { enum kind k; union { int i; double d; char s[12]; } u; };
static void show(const struct val *v) {
    switch (v->k) {
    case K_INT: printf("int %d\n", v->u.i); break;
    case K_DBL: printf("dbl %.2f\n", v->u.d); break;
    case K_STR: printf("str %s\n", v->u.s); break;
    }
}
union wide { char c; long long l; double d; };
int main(void) {
    struct val vals[3] = { { K_INT, { .i = 42 } }, { K_DBL, { .d = 2.5 } }, { K_STR, { .s = "text" } } };
    for (int i = 0; i < 3; i++) show(&vals[i]);
    printf("%zu %zu %zu\n", sizeof(union wide), _Alignof(union wide), sizeof(struct val));
    union wide w;
    w.l = 0x0102030405060708LL;
    printf("%d\n", w.c);
    vals[0].k = K_STR;
    strcpy(vals[0].u.s, "changed");
    show(&vals[0]);
    return 0;
}
