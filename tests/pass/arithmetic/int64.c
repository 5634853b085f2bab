/* 64-bit integer arithmetic beyond 2^53 (where a double would lose precision):
   multiplication, division, shifts and comparisons of long long values. */
#include <stdint.h>
#include <stdio.h>

/* 64-bit linear congruential generator (Knuth's MMIX constants), wraps mod 2^64. */
static uint64_t lcg(uint64_t x) { return x * 6364136223846793005ULL + 1442695040888963407ULL; }

static uint64_t mulmod(uint64_t a, uint64_t b, uint64_t m) {
    uint64_t r = 0;
    a %= m;
    while (b) {
        if (b & 1)
            r = (r + a) % m;
        a = (a * 2) % m;
        b >>= 1;
    }
    return r;
}

static uint64_t powmod(uint64_t base, uint64_t exp, uint64_t m) {
    uint64_t r = 1;
    while (exp) {
        if (exp & 1)
            r = mulmod(r, base, m);
        base = mulmod(base, base, m);
        exp >>= 1;
    }
    return r;
}

int main(void) {
    long long a = 9007199254740993LL; /* 2^53 + 1 */
    printf("a=%lld a+1=%lld a*3=%lld\n", a, a + 1, a * 3);
    printf("a odd: %d\n", (int)(a & 1));
    long long neg = -a;
    printf("neg=%lld neg/7=%lld neg%%7=%lld\n", neg, neg / 7, neg % 7);

    uint64_t x = 1;
    for (int i = 0; i < 5; i++) {
        x = lcg(x);
        printf("lcg %d: %llu %016llx\n", i, (unsigned long long)x, (unsigned long long)x);
    }

    uint64_t p = 1000000007ULL;
    printf("2^(p-1) mod p=%llu\n", (unsigned long long)powmod(2, p - 1, p));
    uint64_t big_prime = 2305843009213693951ULL; /* 2^61 - 1 */
    printf("3^(2^61-2) mod (2^61-1)=%llu\n", (unsigned long long)powmod(3, big_prime - 1, big_prime));

    int64_t fact = 1;
    for (int i = 1; i <= 20; i++)
        fact *= i;
    printf("20!=%lld\n", (long long)fact);

    unsigned long long h = 0xcbf29ce484222325ULL;
    const char *s = "sixty-four";
    while (*s) {
        h ^= (unsigned char)*s++;
        h *= 0x100000001b3ULL;
    }
    printf("fnv64=%llx\n", h);
    printf("cmp: %d %d\n", (long long)0x7fffffffffffffffLL > (long long)0x7ffffffffffffffeLL,
           (unsigned long long)-1 > 1ULL);
    printf("shift: %lld %llu\n", -1024LL >> 3, 0x8000000000000000ULL >> 63);
    return 0;
}
