/* printf conversions with flags, widths and precisions: d i u x X o c s %%,
   length modifiers hh h l ll z, floating f e g, and * widths. No %p: an
   address differs from run to run. */
#include <stddef.h>
#include <stdio.h>

int main(void) {
    printf("[%d] [%i] [%u] [%x] [%X] [%o]\n", -42, 42, 42u, 255, 255, 8);
    printf("[%5d] [%-5d] [%05d] [%+d] [% d] [%+d]\n", 42, 42, 42, 42, 42, -42);
    printf("[%08x] [%#x] [%#o] [%#X] [%x]\n", 0xbeefu, 255u, 8u, 0xabcu, 0u);
    printf("[%c] [%3c] [%-3c] [%%]\n", 'A', 'B', 'C');
    printf("[%s] [%10s] [%-10s] [%.3s] [%10.2s]\n", "ciri", "right", "left", "truncate", "ab-cd");
    printf("[%ld] [%lu] [%lx] [%li]\n", -1234567890123L, 1234567890123UL, 0xdeadbeefcafeUL, 7L);
    printf("[%lld] [%llu] [%llx]\n", -9223372036854775807LL - 1, 18446744073709551615ULL, 0x123456789abcdefULL);
    printf("[%zu] [%zx] [%td]\n", sizeof(double), (size_t)4096, (ptrdiff_t)-3);
    printf("[%hd] [%hu] [%hhd] [%hhu] [%hhx]\n", (short)-1, (unsigned short)65535, (signed char)-128,
           (unsigned char)255, (unsigned char)171);
    printf("[%f] [%.0f] [%.1f] [%5.2f] [%-8.3f] [%08.2f] [%+.2f]\n", 3.14159, 2.5, 0.05, 3.14159, 2.0, -1.5, 1.0);
    printf("[%e] [%.2e] [%E] [%g] [%g] [%g] [%G]\n", 1234.5678, 0.000123, 1e-10, 100000.0, 1000000.0, 0.0001, 1e-5);
    printf("[%.3g] [%#g] [%g] [%g]\n", 3.14159, 1.0, 0.5, 123456789.0);
    printf("[%*d] [%-*d] [%.*f] [%*.*f]\n", 6, 42, 6, 42, 2, 2.71828, 8, 3, 1.41421);
    printf("[%.0e] [%5.1f%%]\n", 12345.0, 99.5);
    printf("[%d] [%u] [%x]\n", 0, 0u, 0u);
    printf("[%.5d] [%8.3d] [%-8.3d|] [%.0d]\n", 42, 7, 7, 0);
    float f = 1.5f; /* promoted to double */
    printf("[%f] [%s]\n", f, "");
    return 0;
}
