/* A loop bound taken from the wrong buffer: the first comparison already
   orders pointers into two different arrays. */
#include <stdio.h>

int main(void) {
    char src[8] = "abcdefg", dst[8];
    char *end = dst + sizeof dst;
    int n = 0;
    for (char *p = src; p < end; p++) //~ ERROR: invalid-pointer-comparison
        n++;
    printf("%d\n", n);
    return 0;
}
