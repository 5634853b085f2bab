//@ symbolic-alignment: on
/* A byte buffer reinterpreted as an int array: the buffer may land on an
   address that happens to be 4-aligned (so a plain run may pass under some
   seeds), but nothing guarantees it. --symbolic-alignment reports it under
   every seed. */
#include <stdio.h>
#include <string.h>

static char buffer[16];

int main(void) {
    memset(buffer, 0, sizeof buffer);
    int *words = (int *)buffer;
    words[1] = 42; //~ ERROR: misaligned-access
    printf("%d\n", words[1]);
    return 0;
}
