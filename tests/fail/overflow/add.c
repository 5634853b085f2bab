/* Adding one to INT_MAX in int overflows (C17 6.5p5). */
#include <limits.h>
#include <stdio.h>

int main(void) {
    int big = INT_MAX;
    int one = 1;
    int sum = big + one; //~ ERROR: signed-overflow
    printf("%d\n", sum);
    return 0;
}
