/* A byte-by-byte copy keeps bytes uninitialized across buffers; printing
   the copied character is the use (through printf's promoted argument). */
#include <stdio.h>
#include <stdlib.h>

static char table[4];

int main(void) {
    char *scratch = malloc(4);
    if (!scratch)
        return 1;
    scratch[0] = 'o';
    scratch[1] = 'k';
    for (int i = 0; i < 4; i++)
        table[i] = scratch[i];
    free(scratch);
    printf("%c%c", table[0], table[1]);
    printf("%c\n", table[2]); //~ ERROR: uninitialized-read
    return 0;
}
