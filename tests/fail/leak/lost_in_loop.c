/* Each iteration overwrites the only pointer to the previous block; only
   the last one is freed. */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int *buf = NULL;
    for (int i = 0; i < 3; i++) {
        buf = malloc(4 * sizeof *buf); //~ ERROR: memory-leak
        if (!buf)
            return 1;
        buf[0] = i;
    }
    printf("%d\n", buf[0]);
    free(buf);
    return 0;
}
