/* Measuring the distance between two separate heap blocks: the pointers
   point into different objects, so their difference is undefined. */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    char *a = malloc(16), *b = malloc(16);
    if (!a || !b)
        return 1;
    long gap = b - a; //~ ERROR: invalid-pointer-subtraction
    printf("%ld\n", gap);
    free(a);
    free(b);
    return 0;
}
