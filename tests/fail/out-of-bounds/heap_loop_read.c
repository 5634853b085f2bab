/* Summing a heap array with a loop that reads one element too many. */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    size_t n = 16;
    long *v = calloc(n, sizeof *v);
    if (!v)
        return 1;
    long sum = 0;
    for (size_t i = 0; i <= n; i++)
        sum += v[i]; //~ ERROR: out-of-bounds
    printf("%ld\n", sum);
    free(v);
    return 0;
}
