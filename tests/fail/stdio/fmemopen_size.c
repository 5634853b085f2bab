/* fmemopen is told the buffer has 64 bytes, but it has 16. */
#include <stdio.h>

int main(void) {
    char buf[16];
    FILE *f = fmemopen(buf, 64, "w"); //~ ERROR: out-of-bounds
    fprintf(f, "%d\n", 1);
    fclose(f);
    return 0;
}
