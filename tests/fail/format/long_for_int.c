/* %d expects an int, but a long is passed (C17 7.21.6.1p9). */
#include <stdio.h>

int main(void) {
    long big = 1;
    printf("%d\n", big); //~ ERROR: format-mismatch
    return 0;
}
