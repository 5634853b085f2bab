/* A recursion whose base case can never be reached. */
#include <stdio.h>

static unsigned long count_up(unsigned long n) {
    if (n == 0)
        return 0;
    return 1 + count_up(n + 1); //~ ERROR: stack-overflow
}

int main(void) {
    printf("%lu\n", count_up(1));
    return 0;
}
