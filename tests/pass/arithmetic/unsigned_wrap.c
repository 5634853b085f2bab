/* Unsigned arithmetic is reduced modulo 2^N (C17 6.2.5p9): wrap-around in
   both directions is defined, for every unsigned width. */
#include <stdint.h>
#include <limits.h>
#include <stdio.h>

static unsigned int hash_string(const char *s) {
    unsigned int h = 2166136261u; /* FNV-1a: relies on wrapping multiply */
    while (*s) {
        h ^= (unsigned char)*s++;
        h *= 16777619u;
    }
    return h;
}

int main(void) {
    unsigned int max = UINT_MAX;
    printf("UINT_MAX+1=%u\n", max + 1);
    unsigned int zero = 0;
    printf("0u-1=%u\n", zero - 1);
    printf("3u-5u=%u\n", 3u - 5u);
    printf("UINT_MAX*UINT_MAX=%u\n", max * max);

    uint8_t b = 250;
    b += 10; /* computed in int, converted back modulo 256 */
    printf("uint8 250+10=%d\n", b);
    uint16_t h = 0;
    h--;
    printf("uint16 0-1=%d\n", h);

    unsigned long long ull = ULLONG_MAX;
    ull += 2;
    printf("ULLONG_MAX+2=%llu\n", ull);
    unsigned long ul = 0;
    ul -= 1;
    printf("0ul-1=%lu\n", ul);

    printf("fnv(\"ciri\")=%u\n", hash_string("ciri"));
    printf("fnv(\"undefined behaviour\")=%u\n", hash_string("undefined behaviour"));

    /* A countdown loop with an unsigned index that stops after wrapping. */
    unsigned int steps = 0;
    for (unsigned int i = 5; i < 10; i--)
        steps++;
    printf("steps=%u\n", steps);

    /* Unary minus of an unsigned value is defined too. */
    unsigned int one = 1;
    printf("-1u=%u\n", -one);
    return 0;
}
