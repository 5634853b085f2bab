/* abs by hand: negating INT_MIN cannot be represented in int. */
#include <limits.h>
#include <stdio.h>

static int my_abs(int x) {
    return x < 0 ? -x : x; //~ ERROR: signed-overflow
}

int main(void) {
    printf("%d\n", my_abs(-5));
    printf("%d\n", my_abs(INT_MIN));
    return 0;
}
