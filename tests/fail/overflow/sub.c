/* Subtracting from INT_MIN overflows. */
#include <limits.h>
#include <stdio.h>

static int distance(int a, int b) { return a - b; } //~ ERROR: signed-overflow

int main(void) {
    printf("%d\n", distance(10, 3));
    printf("%d\n", distance(INT_MIN, 1));
    return 0;
}
