/* Arithmetic at the limits that is defined: unsigned wrap-around, casts to narrower types, INT_MIN written safely. */
#include <stdio.h>
#include <limits.h>
#include <stdint.h>
int main(void) {
    unsigned u = UINT_MAX;
    u += 2;
    printf("%u\n", u);
    printf("%d %d\n", INT_MIN, -INT_MAX - 1 == INT_MIN);
    printf("%ld %lu\n", LONG_MAX, ULONG_MAX);
    uint8_t b = 200;
    b *= 2;
    printf("%u\n", b);
    printf("%d\n", (int)(uint16_t)70000);
    long long big = LLONG_MAX;
    printf("%llu\n", (unsigned long long)big + 1);
    printf("%d\n", (unsigned)INT_MAX + 1 > INT_MAX);
    return 0;
}
