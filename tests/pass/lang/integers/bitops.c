/* Bitwise operators, shifts and masks on every width. */
#include <stdio.h>
#include <stdint.h>
static unsigned rotl(unsigned v, int n) { return (v << n) | (v >> (32 - n)); }
static int popcount(uint64_t v) { int n = 0; while (v) { v &= v - 1; n++; } return n; }
int main(void) {
    uint8_t a = 0xa5;
    uint16_t b = 0x1234;
    printf("%x %x %x %x\n", a & 0x0f, a | 0x50, a ^ 0xff, (uint8_t)~a);
    printf("%x %x\n", b << 4, (uint16_t)(b << 4));
    printf("%x %x\n", rotl(0x80000001u, 1), rotl(0x12345678u, 8));
    printf("%d %d\n", popcount(0xffffffffffffffffULL), popcount(0x8000000000000001ULL));
    int m = -8;
    printf("%d %d %d\n", m >> 1, m >> 3, m & 7);
    uint32_t flags = 0;
    flags |= 1u << 31;
    flags |= 1u << 3;
    flags &= ~(1u << 3);
    printf("%08x %d\n", flags, !!(flags & (1u << 31)));
    printf("%d\n", (5 & 3) == 1 ^ 1);
    return 0;
}
