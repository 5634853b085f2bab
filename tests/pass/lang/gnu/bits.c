/* Bit tricks written with builtins: power-of-two rounding, log2, byte order conversion, counting trailing zeros. */
#include <stdio.h>
#include <stdint.h>
static uint32_t next_pow2(uint32_t v) { return v <= 1 ? 1 : 1u << (32 - __builtin_clz(v - 1)); }
static int ilog2(uint64_t v) { return 63 - __builtin_clzll(v); }
int main(void) {
    uint32_t vs[] = { 1, 5, 64, 100, 1000000 };
    for (int i = 0; i < 5; i++) printf("%u->%u ", vs[i], next_pow2(vs[i]));
    printf("\n%d %d %d\n", ilog2(1), ilog2(1024), ilog2(UINT64_MAX));
    uint32_t be = __builtin_bswap32(0x11223344u);
    printf("%08x %04x\n", be, __builtin_bswap16(0xabcd));
    printf("%d %d %d\n", __builtin_ctz(80), __builtin_popcountl(0xf0f0f0f0f0UL), __builtin_parityll(7ULL));
    printf("%d %d\n", __builtin_ffsll(0), __builtin_ffsll(1ULL << 40));
    return 0;
}
