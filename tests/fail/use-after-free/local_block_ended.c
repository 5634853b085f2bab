/* A pointer to a block-scope local used after the block ended (C17 6.2.4p2). */
#include <stdio.h>

int main(void) {
    int *p;
    {
        int x = 1;
        p = &x;
    }
    printf("%d\n", *p); //~ ERROR: use-after-free
    return 0;
}
