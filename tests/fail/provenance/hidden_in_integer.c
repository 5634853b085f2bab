/* A pointer hidden in an integer field of a struct survives the round trip
   (permissive provenance), but only while its allocation lives. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

struct handle { uintptr_t bits; };

static struct handle wrap(int *p) {
    struct handle h = { (uintptr_t)p };
    return h;
}

static int *unwrap(struct handle h) {
    return (int *)h.bits;
}

int main(void) {
    int *value = malloc(sizeof *value);
    if (!value)
        return 1;
    *value = 3;
    struct handle h = wrap(value);
    printf("%d\n", *unwrap(h));
    free(value);
    printf("%d\n", *unwrap(h)); //~ ERROR: use-after-free
    return 0;
}
