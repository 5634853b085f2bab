/* Type punning through unions (defined in C11, 6.5.2.3 footnote 95) and memcpy; padding copied by struct assignment. */
#include <stdio.h>
#include <string.h>
#include <stdint.h>
union pun { float f; uint32_t u; unsigned char b[4]; };
struct padded { char c; int i; };
int main(void) {
    union pun p = { .f = 1.0f };
    printf("%08x %d %d\n", p.u, p.b[3], p.b[0]);
    p.u = 0x40490fdb;
    printf("%.5f\n", p.f);
    double d = -2.0;
    uint64_t bits;
    memcpy(&bits, &d, sizeof bits);
    printf("%016llx\n", (unsigned long long)bits);
    struct padded a = { 'x', 5 }, b;
    b = a;
    printf("%c %d %zu\n", b.c, b.i, sizeof b);
    return 0;
}
