/* A bit set used for a sieve of Eratosthenes, with counting and iteration. */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>
struct bitset { size_t n; uint64_t *w; };
static struct bitset make(size_t n) { struct bitset b = { n, calloc((n + 63) / 64, sizeof(uint64_t)) }; return b; }
static void set(struct bitset *b, size_t i) { b->w[i / 64] |= (uint64_t)1 << (i % 64); }
static int test(const struct bitset *b, size_t i) { return (b->w[i / 64] >> (i % 64)) & 1; }
static size_t count(const struct bitset *b) { size_t c = 0; for (size_t i = 0; i < (b->n + 63) / 64; i++) c += (size_t)__builtin_popcountll(b->w[i]); return c; }
int main(void) {
    size_t n = 1000;
    struct bitset composite = make(n + 1);
    set(&composite, 0); set(&composite, 1);
    for (size_t i = 2; i * i <= n; i++)
        if (!test(&composite, i)) for (size_t j = i * i; j <= n; j += i) set(&composite, j);
    printf("%zu primes below %zu\n", n + 1 - count(&composite), n + 1);
    for (size_t i = 990; i <= n; i++) if (!test(&composite, i)) printf("%zu ", i);
    printf("\n");
    free(composite.w);
    return 0;
}
