/* Writing a long 4 bytes into a heap block: malloc's result is aligned for
   any type, so base + 4 is not 8-byte aligned. */
#include <stdlib.h>

int main(void) {
    char *block = malloc(32);
    if (!block)
        return 1;
    *(long *)(block + 4) = 7; //~ ERROR: misaligned-access
    free(block);
    return 0;
}
