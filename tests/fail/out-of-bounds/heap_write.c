/* Writing one element past the end of a heap array. */
#include <stdlib.h>

int main(void) {
    int n = 10;
    int *p = malloc(n * sizeof *p);
    if (!p)
        return 1;
    for (int i = 0; i < n; i++)
        p[i] = i;
    p[n] = 10; //~ ERROR: out-of-bounds
    free(p);
    return 0;
}
