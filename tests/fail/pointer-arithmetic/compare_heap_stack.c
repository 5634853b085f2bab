/* A "is this pointer on the heap?" test by ordering it against a local. */
#include <stdio.h>
#include <stdlib.h>

static int below_stack(const void *p) {
    int marker;
    return (const char *)p < (const char *)&marker; //~ ERROR: invalid-pointer-comparison
}

int main(void) {
    void *block = malloc(8);
    if (!block)
        return 1;
    printf("%d\n", below_stack(block));
    free(block);
    return 0;
}
