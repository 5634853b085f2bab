/* The first program to run under ciri: `./bin/ciri run examples/hello.c`. */
#include <stdio.h>

int main(void) {
    printf("Hello from ciri!\n");
    return 0;
}
