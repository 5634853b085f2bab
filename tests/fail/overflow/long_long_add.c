/* 64-bit signed overflow: summing large long long values. */
#include <stdio.h>

int main(void) {
    long long values[3] = { 4000000000000000000LL, 4000000000000000000LL, 4000000000000000000LL };
    long long total = 0;
    for (int i = 0; i < 3; i++)
        total += values[i]; //~ ERROR: signed-overflow
    printf("%lld\n", total);
    return 0;
}
