/* Element count computed from pointers into two different global arrays
   (they may well be neighbours in memory, but they are separate objects). */
#include <stdio.h>

static int first[4];
static int second[4];

static long span(const int *from, const int *to) {
    return to - from; //~ ERROR: invalid-pointer-subtraction
}

int main(void) {
    printf("%ld\n", span(first, first + 4));
    printf("%ld\n", span(first, second + 2));
    return 0;
}
