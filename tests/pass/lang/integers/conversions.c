/* The usual arithmetic conversions with mixed signedness and rank (C17 6.3.1.8). */
#include <stdio.h>
int main(void) {
    unsigned u = 1;
    int i = -1;
    long l = -1;
    unsigned long ul = 1;
    printf("%d %d\n", i < u, l < u);
    printf("%d\n", l < (long)ul);
    printf("%d\n", i < (int)ul);
    printf("%u %lu\n", u + i, ul + l);
    unsigned short us = 65535;
    short s = -1;
    printf("%d %d\n", us + 1, s * us);
    unsigned char uc = 200;
    signed char sc = -100;
    printf("%d %d %d\n", uc + sc, uc * 2, (unsigned char)(uc * 2));
    printf("%d\n", (char)300);
    printf("%d %u\n", (short)40000, (unsigned short)-1);
    printf("%lld\n", (long long)(unsigned)-1);
    printf("%d\n", (int)(unsigned long long)-1);
    _Bool b = 42;
    printf("%d %d\n", b, (_Bool)0.5);
    long long big = 1LL << 40;
    int truncated = (int)big;
    printf("%d %lld\n", truncated, big + i);
    unsigned long long x = 0xffffffffffffffffULL;
    printf("%llu %lld %d\n", x / 3, (long long)x, x > 0);
    printf("%d\n", -7 / 2 == -3 && -7 % 2 == -1);
    printf("%d %d\n", -1 >> 1, (int)(0x80000000u >> 31));
    return 0;
}
