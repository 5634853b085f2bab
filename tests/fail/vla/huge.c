/* A VLA larger than the C stack (8 MiB by default) ends the run with a stack overflow, not a crash. */
#include <stdio.h>

int main(void) {
    long n = 64L * 1024 * 1024;
    char big[n]; //~ ERROR: stack
    big[0] = 1;
    printf("%d\n", big[0]);
    return 0;
}
