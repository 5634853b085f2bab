/* 99999999999 does not fit in an int: C17 7.21.6.2p10 makes the conversion undefined (glibc truncates). */
#include <stdio.h>

int main(void) {
    int n;
    sscanf("99999999999", "%d", &n); //~ ERROR: does not fit in int
    return n == 0;
}
