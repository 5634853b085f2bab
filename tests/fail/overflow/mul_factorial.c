/* Factorials in int overflow at 13!; the loop does not stop in time. */
#include <stdio.h>

static int factorial(int n) {
    int r = 1;
    for (int i = 2; i <= n; i++)
        r *= i; //~ ERROR: signed-overflow
    return r;
}

int main(void) {
    for (int n = 10; n <= 13; n++)
        printf("%d! = %d\n", n, factorial(n));
    return 0;
}
