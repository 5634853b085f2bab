/* GNU attributes that are accepted and honoured or harmless: aligned, packed, unused, noreturn, format, always_inline. */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
struct __attribute__((packed)) wire { uint8_t tag; uint32_t len; uint16_t crc; };
struct __attribute__((aligned(32))) line { char bytes[40]; };
static int helper(int x) __attribute__((unused));
static int helper(int x) { return x; }
__attribute__((noreturn)) static void quit(void) { exit(0); }
__attribute__((format(printf, 1, 2))) static void logf_(const char *fmt, ...) { (void)fmt; }
static inline __attribute__((always_inline)) int twice(int x) { return 2 * x; }
int main(void) {
    int unused_local __attribute__((unused)) = 0;
    _Alignas(16) int aligned_local = 3;
    printf("%zu %zu %zu\n", sizeof(struct wire), sizeof(struct line), _Alignof(struct line));
    printf("%d %d\n", twice(aligned_local), (int)((uintptr_t)&aligned_local % 16));
    logf_("ignored %d", 1);
    quit();
}
