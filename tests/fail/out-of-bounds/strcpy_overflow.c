/* strcpy into a buffer one byte too small for the terminator. */
#include <stdio.h>
#include <string.h>

static const char name[] = "hello";

int main(void) {
    char dst[5];
    strcpy(dst, name); //~ ERROR: out-of-bounds
    printf("%c\n", dst[0]);
    return 0;
}
