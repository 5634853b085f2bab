//@ strict-provenance: on
/* Hiding a pointer in an integer and casting it back: permitted by default (permissive provenance),
   rejected under --strict-provenance, where a pointer must never be made from an integer. */
#include <stdint.h>
#include <stdio.h>

struct tagged { uintptr_t bits; };

static int *untag(struct tagged t) {
    return (int *)(t.bits & ~(uintptr_t)1); //~ ERROR: integer-to-pointer cast
}

int main(void) {
    int value = 7;
    struct tagged t = { (uintptr_t)&value | 1 };
    printf("%d\n", *untag(t));
    return 0;
}
