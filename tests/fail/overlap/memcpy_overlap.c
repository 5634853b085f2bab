/* memcpy between overlapping ranges of one buffer (C17 7.24.2.1p2); memmove
   would be correct here. */
#include <stdio.h>
#include <string.h>

int main(void) {
    char buf[16] = "abcdefghij";
    size_t n = 8;
    memcpy(buf + 2, buf, n); //~ ERROR: overlapping-copy
    printf("%s\n", buf);
    return 0;
}
