/* Conversions between float, double and integers: rounding to nearest even, truncation, large values. */
#include <stdio.h>
int main(void) {
    double ds[] = { 0.5, 1.5, 2.5, -0.5, 1e10, 4294967295.9, -2147483648.5 };
    for (int i = 0; i < 7; i++) printf("%.1f -> %ld %.0f\n", ds[i], (long)ds[i], (double)(float)ds[i]);
    float f = 16777217.0f;
    double d = 16777217.0;
    printf("%.1f %.1f %d\n", f, d, (float)d == f);
    unsigned long long big = 18446744073709551615ULL;
    printf("%.1f %.1f\n", (double)big, (float)big);
    long long neg = -9007199254740993LL;
    printf("%.1f\n", (double)neg);
    printf("%u %d\n", (unsigned)(double)4000000000.0, (int)-1.99);
    return 0;
}
