/* Shifting a 64-bit value by 64 bits. */
#include <stdio.h>

int main(void) {
    unsigned long one = 1;
    int width = 64;
    unsigned long all = (one << width) - 1; //~ ERROR: invalid-shift
    printf("%lu\n", all);
    return 0;
}
