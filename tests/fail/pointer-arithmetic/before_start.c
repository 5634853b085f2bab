/* A "one before the start" sentinel pointer for a backwards loop. */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int n = 4;
    int *v = malloc(n * sizeof *v);
    if (!v)
        return 1;
    for (int i = 0; i < n; i++)
        v[i] = i;
    for (int *p = v + n - 1; p >= v; p--) //~ ERROR: invalid-pointer-arithmetic
        printf("%d\n", *p);
    free(v);
    return 0;
}
