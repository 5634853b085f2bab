/* Signed bit-fields: sign extension on read, the range of each width, arithmetic on fields. */
#include <stdio.h>
struct s { int a : 3; signed int b : 5; long c : 33; unsigned d : 3; };
int main(void) {
    struct s v = { -4, 15, -4294967296L, 7 };
    printf("%d %d %ld %u\n", v.a, v.b, v.c, v.d);
    v.a = 3;
    v.b = v.b - 31;
    v.c = v.c * 2 + 1;
    v.d = v.d + 1;
    printf("%d %d %ld %u\n", v.a, v.b, v.c, v.d);
    int total = 0;
    for (v.a = -4; v.a < 3; v.a++) total += v.a;
    printf("%d %d\n", total, v.a);
    return 0;
}
