/* Freeing the same heap block twice. */
#include <stdlib.h>

int main(void) {
    char *p = malloc(16);
    if (!p)
        return 1;
    p[0] = 'x';
    free(p);
    free(p); //~ ERROR: double-free
    return 0;
}
