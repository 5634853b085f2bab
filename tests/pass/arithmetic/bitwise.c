/* Bitwise operators and shifts within their defined range: unsigned shifts
   up to width-1, masks, rotations, population count, and the
   implementation-defined right shift of a negative value (arithmetic in gcc). */
#include <stdint.h>
#include <stdio.h>

static unsigned popcount(uint32_t x) {
    unsigned n = 0;
    while (x) {
        x &= x - 1;
        n++;
    }
    return n;
}

static uint32_t rotl(uint32_t x, unsigned k) {
    k &= 31;
    return k == 0 ? x : (x << k) | (x >> (32 - k));
}

static uint32_t reverse_bits(uint32_t x) {
    uint32_t r = 0;
    for (int i = 0; i < 32; i++) {
        r = (r << 1) | (x & 1u);
        x >>= 1;
    }
    return r;
}

int main(void) {
    unsigned a = 0xF0F0u, b = 0x0FF0u;
    printf("and=%x or=%x xor=%x not=%x\n", a & b, a | b, a ^ b, ~a);
    unsigned one = 1;
    printf("1u<<31=%u\n", one << 31);
    uint64_t one64 = 1;
    printf("1<<63=%llu\n", (unsigned long long)(one64 << 63));
    int positive = 1;
    printf("1<<30=%d\n", positive << 30);
    printf("popcount(0xdeadbeef)=%u\n", popcount(0xdeadbeefu));
    printf("rotl(0x80000001,1)=%x rotl(x,0)=%x\n", rotl(0x80000001u, 1), rotl(0x12345678u, 0));
    printf("reverse(1)=%x reverse(0xf)=%x\n", reverse_bits(1u), reverse_bits(0xfu));

    int neg = -16;
    printf("-16>>2=%d\n", neg >> 2); /* implementation-defined, gcc: arithmetic */
    printf("0xffffffffu>>4=%x\n", 0xffffffffu >> 4);

    /* Bit flags. */
    enum { READ = 1, WRITE = 2, EXEC = 4 };
    int perms = READ | EXEC;
    printf("read=%d write=%d exec=%d\n", !!(perms & READ), !!(perms & WRITE), !!(perms & EXEC));
    perms &= ~EXEC;
    perms ^= WRITE;
    printf("perms=%d\n", perms);

    /* Compound shift assignments. */
    unsigned long v = 3;
    v <<= 20;
    v >>= 3;
    printf("v=%lu\n", v);
    return 0;
}
