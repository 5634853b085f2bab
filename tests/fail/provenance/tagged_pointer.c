//@ strict-provenance: on
/* A tagged pointer: the low bit carries a flag. Fine in practice, but under
   --strict-provenance an integer cannot be turned back into a pointer. */
#include <stdint.h>
#include <stdio.h>

static int value = 42;

int main(void) {
    uintptr_t tagged = (uintptr_t)&value | 1;
    int *p = (int *)(tagged & ~(uintptr_t)1); //~ ERROR: integer-to-pointer
    printf("%d\n", *p);
    return 0;
}
