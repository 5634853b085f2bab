/* A checksum over the bytes of a struct adds its padding byte: the byte
   copy into the heap buffer is fine, the addition is the first use. */
#include <stdlib.h>
#include <string.h>

struct rec { char tag; int value; };

static unsigned checksum(const unsigned char *p, size_t n) {
    unsigned sum = 0;
    for (size_t i = 0; i < n; i++)
        sum += p[i]; //~ ERROR: uninitialized-read
    return sum;
}

int main(void) {
    struct rec r;
    r.tag = 'x';
    r.value = 7;
    unsigned char *copy = malloc(sizeof r);
    if (!copy)
        return 1;
    memcpy(copy, &r, sizeof r);
    unsigned s = checksum(copy, sizeof r);
    free(copy);
    return s == 0;
}
