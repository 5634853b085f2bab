/* Left-shifting a negative value (C17 6.5.7p4). */
#include <stdio.h>

int main(void) {
    int v = -1;
    int shifted = v << 1; //~ ERROR: invalid-shift
    printf("%d\n", shifted);
    return 0;
}
