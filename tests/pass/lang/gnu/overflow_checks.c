/* Checked arithmetic with __builtin_*_overflow: detecting overflow instead of causing it. */
#include <stdio.h>
#include <limits.h>
#include <stdint.h>
static int safe_mul(long a, long b, long *out) { return !__builtin_mul_overflow(a, b, out); }
int main(void) {
    long r;
    int ok = safe_mul(1L << 31, 1L << 31, &r);
    printf("%d %ld\n", ok, r);
    printf("%d\n", safe_mul(LONG_MAX, 2, &r));
    int sum;
    int over = __builtin_add_overflow(INT_MAX - 5, 10, &sum);
    printf("%d %d\n", over, sum);
    uint8_t small;
    over = __builtin_add_overflow(200, 100, &small);
    printf("%d %u\n", over, small);
    unsigned u;
    over = __builtin_sub_overflow(3u, 5u, &u);
    printf("%d %u\n", over, u);
    return 0;
}
