/* Freeing a global array, which was never allocated with malloc. */
#include <stdio.h>
#include <stdlib.h>

static char buffer[32] = "static storage";

static void release(char *p) {
    free(p); //~ ERROR: invalid-free
}

int main(void) {
    printf("%s\n", buffer);
    release(buffer);
    return 0;
}
