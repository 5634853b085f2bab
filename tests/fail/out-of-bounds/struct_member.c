/* Indexing past an array member at the end of a heap struct: the access
   lands beyond the end of the allocation. */
#include <stdlib.h>

struct bag {
    int count;
    int items[4];
};

int main(void) {
    struct bag *b = malloc(sizeof *b);
    if (!b)
        return 1;
    b->count = 0;
    for (int i = 0; i < 5; i++)
        b->items[b->count++] = i; //~ ERROR: out-of-bounds
    free(b);
    return 0;
}
