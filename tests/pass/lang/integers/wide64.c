/* 64-bit arithmetic near 2^53 and 2^63 must be exact (ciri computes with numbers and BigInt). */
#include <stdio.h>
#include <stdint.h>
int main(void) {
    int64_t a = 9007199254740993LL; /* 2^53 + 1 */
    int64_t b = a * 3 - 7;
    uint64_t c = UINT64_MAX - 12345;
    printf("%lld %lld\n", (long long)a, (long long)b);
    printf("%llu %llu\n", (unsigned long long)c, (unsigned long long)(c * 3));
    printf("%lld\n", (long long)(INT64_MAX / 7));
    printf("%lld %lld\n", (long long)(INT64_MIN / 3), (long long)(INT64_MIN % 3));
    uint64_t h = 1469598103934665603ULL;
    for (const char *p = "hello"; *p; p++) { h ^= (unsigned char)*p; h *= 1099511628211ULL; }
    printf("%llx\n", (unsigned long long)h);
    int64_t s = 0;
    for (int i = 0; i < 100; i++) s += (int64_t)i * 100000000000LL;
    printf("%lld\n", (long long)s);
    printf("%llx %llx\n", (unsigned long long)(c << 7), (unsigned long long)(c >> 13));
    printf("%lld\n", (long long)((int64_t)1 << 62));
    uint32_t x = 0xdeadbeef;
    printf("%x %x %x\n", x << 4, x >> 4, (uint32_t)(x * x));
    return 0;
}
