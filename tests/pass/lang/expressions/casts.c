/* Casts between integer, floating and pointer types; implicit conversions in assignment, arguments and return. */
#include <stdio.h>
#include <stdint.h>
static long widen(int x) { return x; }
static short narrow(long x) { return (short)x; }
static double half(int x) { return x / 2.0; }
int main(void) {
    printf("%ld %d %.1f\n", widen(-5), narrow(70000), half(7));
    int i = 3.99;
    unsigned char uc = 511;
    float f = 16777217;
    printf("%d %d %.1f\n", i, uc, f);
    uintptr_t addr = (uintptr_t)&i;
    int *back = (int *)addr;
    printf("%d\n", *back == 3);
    double d = (double)(1LL << 62);
    printf("%.0f %lld\n", d, (long long)d);
    printf("%d\n", (int)(char)0x141);
    void *vp = &f;
    float *fp = vp;
    printf("%.1f\n", *fp);
    printf("%d\n", (unsigned char)-1 + (signed char)-1);
    return 0;
}
