/* INT_MIN % -1 is undefined too: a/b is not representable (C17 6.5.5p6). */
#include <limits.h>
#include <stdio.h>

static int remainder_of(int a, int b) { return a % b; } //~ ERROR: signed-overflow

int main(void) {
    printf("%d\n", remainder_of(7, -1));
    printf("%d\n", remainder_of(INT_MIN, -1));
    return 0;
}
