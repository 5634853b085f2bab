/* The order in which arguments are evaluated is unspecified, and two
   increments of the same variable in one call are unsequenced. */
#include <stdio.h>

static int pair(int a, int b) {
    return a * 10 + b;
}

static int next_pair(int *counter) {
    int c = *counter;
    int r = pair(c++, c++); //~ ERROR: unsequenced-access
    *counter = c;
    return r;
}

int main(void) {
    int counter = 1;
    printf("%d\n", next_pair(&counter));
    return 0;
}
