/* A shift by a negative amount. */
#include <stdio.h>

static unsigned scale(unsigned v, int exp) { return v << exp; } //~ ERROR: invalid-shift

int main(void) {
    printf("%u\n", scale(3, 4));
    printf("%u\n", scale(3, -1));
    return 0;
}
