/* offsetof and sizeof of structs with padding, as laid out on x86-64. */
#include <stdio.h>
#include <stddef.h>
struct a { char c; int i; char d; };
struct b { char c; double d; short s; };
struct c { int i; char tail[]; };
struct d { struct a inner; long l; char x[3]; };
int main(void) {
    printf("%zu %zu %zu %zu\n", sizeof(struct a), offsetof(struct a, i), offsetof(struct a, d), _Alignof(struct a));
    printf("%zu %zu %zu\n", sizeof(struct b), offsetof(struct b, d), offsetof(struct b, s));
    printf("%zu %zu\n", sizeof(struct c), offsetof(struct c, tail));
    printf("%zu %zu %zu\n", sizeof(struct d), offsetof(struct d, l), offsetof(struct d, x));
    printf("%zu\n", offsetof(struct d, inner.d));
    return 0;
}
