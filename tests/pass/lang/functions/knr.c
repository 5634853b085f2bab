/* Old-style (K&R) definitions and calls through unprototyped declarations with default argument promotions. */
#include <stdio.h>
int scale();
int scale(x, factor) int x; double factor; { return (int)(x * factor); }
static long sum3(a, b, c) char a; short b; long c; { return a + b + c; }
int main() {
    printf("%d\n", scale(10, 2.5));
    printf("%ld\n", sum3('A', 1000, 100000L));
    return 0;
}
