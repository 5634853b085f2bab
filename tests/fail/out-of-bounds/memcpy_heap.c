/* memcpy told to copy more bytes than the destination block holds. */
#include <stdlib.h>
#include <string.h>

int main(void) {
    char src[16] = "fifteen chars!!";
    char *dst = malloc(8);
    if (!dst)
        return 1;
    size_t n = sizeof src;
    memcpy(dst, src, n); //~ ERROR: out-of-bounds
    free(dst);
    return 0;
}
