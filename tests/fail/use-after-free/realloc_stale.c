/* Keeping a pointer to the old block across a realloc that moved it: the old
   object is freed by realloc (C17 7.22.3.5p2) whether or not the address repeats. */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int *v = malloc(2 * sizeof *v);
    if (!v)
        return 1;
    v[0] = 1;
    int *first = &v[0];
    int *grown = realloc(v, 1024 * sizeof *grown);
    if (!grown)
        return 1;
    printf("%d\n", *first); //~ ERROR: use-after-free
    free(grown);
    return 0;
}
