/* malloc does not initialise memory; reading an element never written. */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int *p = malloc(8 * sizeof *p);
    if (!p)
        return 1;
    for (int i = 0; i < 8; i += 2)
        p[i] = i;
    if (p[3] > 0) //~ ERROR: uninitialized-read
        printf("positive\n");
    free(p);
    return 0;
}
