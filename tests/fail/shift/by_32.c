/* Shifting a 32-bit value by 32 bits (C17 6.5.7p3: amount >= width). */
#include <stdio.h>

int main(void) {
    unsigned mask = 0;
    for (int bits = 30; bits <= 32; bits++)
        mask = 1u << bits; //~ ERROR: invalid-shift
    printf("%u\n", mask);
    return 0;
}
