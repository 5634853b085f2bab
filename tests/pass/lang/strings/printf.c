/* printf conversions with flags, width, precision and length modifiers. */
#include <stdio.h>
#include <stdint.h>
#include <inttypes.h>
#include <stddef.h>
int main(void) {
    printf("[%5d] [%-5d] [%05d] [%+d] [% d]\n", 42, 42, 42, 42, 42);
    printf("[%.3d] [%8.3d] [%x] [%#X] [%o]\n", 7, 7, 3054, 3054, 8);
    printf("[%s] [%.2s] [%6s] [%-6s]\n", "abc", "abc", "abc", "abc");
    printf("[%c] [%%] [%5c]\n", 'z', 'y');
    printf("[%ld] [%lu] [%lld] [%hhd] [%hd]\n", -1L, 1UL << 63, -(1LL << 40), 300, 70000);
    printf("[%zu] [%td] [%jd]\n", sizeof(int), (ptrdiff_t)-3, (intmax_t)9);
    printf("[%f] [%.2f] [%10.3f] [%-10.1f] [%e] [%g] [%G]\n", 3.14159, 3.14159, 3.14159, 3.14159, 314.159, 0.00001234, 1e20);
    printf("[%" PRId64 "] [%" PRIu32 "] [%" PRIx8 "]\n", (int64_t)-5, (uint32_t)4000000000u, (uint8_t)255);
    printf("[%*d] [%-*d] [%.*f]\n", 6, 1, 6, 2, 2, 1.0 / 3);
    printf("[%p]\n", (void *)0);
    return 0;
}
