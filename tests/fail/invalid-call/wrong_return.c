/* A function returning double called through a pointer to a function returning int. */
#include <stdio.h>

static double ratio(int a, int b) { return (double)a / b; }

int main(void) {
    int (*get)(int, int) = (int (*)(int, int))ratio;
    printf("%d\n", get(1, 3)); //~ ERROR: invalid-call
    return 0;
}
