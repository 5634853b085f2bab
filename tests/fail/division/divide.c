/* Integer division by zero (C17 6.5.5p5). */
#include <stdio.h>

static int average(int total, int count) { return total / count; } //~ ERROR: division-by-zero

int main(void) {
    printf("%d\n", average(10, 2));
    printf("%d\n", average(10, 0));
    return 0;
}
