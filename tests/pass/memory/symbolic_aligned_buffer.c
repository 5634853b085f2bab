//@ symbolic-alignment: on
/* Under --symbolic-alignment, byte buffers read as wider types are fine when
   the program guarantees their alignment: _Alignas, malloc's 16-byte
   alignment, a union with the wider type, and an offset that keeps it. */
#include <stdalign.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

union slot { char bytes[8]; long word; };

int main(void) {
    alignas(int) char local[16];
    memset(local, 0, sizeof local);
    int *ints = (int *)local;
    ints[2] = 7;

    unsigned char *heap = malloc(32);
    if (!heap)
        return 1;
    double *d = (double *)(heap + 16);
    *d = 1.5;

    union slot s;
    memcpy(s.bytes, "abcdefg", 8);
    long w = *(long *)s.bytes;

    printf("%d %.1f %ld\n", ints[2], *d, w & 0xff);
    free(heap);
    return 0;
}
