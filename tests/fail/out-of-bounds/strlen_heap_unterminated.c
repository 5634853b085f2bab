/* A heap buffer filled with memset but never terminated, then passed to strlen. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    char *s = malloc(8);
    if (!s)
        return 1;
    memset(s, 'x', 8);
    printf("%zu\n", strlen(s)); //~ ERROR: out-of-bounds
    free(s);
    return 0;
}
