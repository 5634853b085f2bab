/* A string built in a stack buffer without its terminator: the scan copies
   nothing, it branches on a byte that was never written. */
#include <stdio.h>

static int length(const char *s) {
    int n = 0;
    while (s[n]) //~ ERROR: uninitialized-read
        n++;
    return n;
}

int main(void) {
    char name[8];
    name[0] = 'a';
    name[1] = 'b';
    printf("%d\n", length(name));
    return 0;
}
