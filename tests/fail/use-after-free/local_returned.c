/* A function returns the address of its own local (laundered through a
   helper so the compiler cannot turn it into NULL); the caller reads it. */
#include <stdio.h>

static int *identity(int *p) { return p; }

static int *make_counter(void) {
    int counter = 5;
    return identity(&counter);
}

int main(void) {
    int *c = make_counter();
    printf("%d\n", *c); //~ ERROR: use-after-free
    return 0;
}
