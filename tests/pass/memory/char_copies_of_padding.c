/* Copying uninitialized bytes through character types is allowed and does
   not count as a use: struct padding copied byte by byte, between char and
   unsigned char, through a local, and compared only after initialization. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct rec { char tag; int value; short s; };

static void byte_copy(void *dst, const void *src, size_t n) {
    unsigned char *d = dst;
    const char *s = src;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        d[i] = (unsigned char)c;
    }
}

int main(void) {
    struct rec a, b;
    a.tag = 't';
    a.value = 42;
    a.s = 7;
    byte_copy(&b, &a, sizeof a);
    char *heap = malloc(sizeof a);
    if (!heap)
        return 1;
    byte_copy(heap, &b, sizeof b);
    struct rec c;
    memcpy(&c, heap, sizeof c);
    free(heap);
    printf("%c %d %d\n", c.tag, c.value, c.s);
    return 0;
}
