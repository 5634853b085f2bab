/* 1 << 31 in int: the result 2^31 is not representable (C17 6.5.7p4). */
#include <stdio.h>

int main(void) {
    int flags = 0;
    for (int bit = 29; bit < 32; bit++)
        flags |= 1 << bit; //~ ERROR: invalid-shift
    printf("%d\n", flags);
    return 0;
}
