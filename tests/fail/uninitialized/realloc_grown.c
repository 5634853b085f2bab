/* realloc keeps the old contents but the grown part is uninitialised. */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int *v = calloc(4, sizeof *v);
    if (!v)
        return 1;
    int *w = realloc(v, 8 * sizeof *w);
    if (!w)
        return 1;
    for (int i = 0; i < 8; i++)
        printf("%d\n", w[i]); //~ ERROR: uninitialized-read
    free(w);
    return 0;
}
