/* Repeated squaring in int: 65536 * 65536 overflows. */
#include <stdio.h>

int main(void) {
    int x = 2;
    for (int i = 0; i < 5; i++) {
        x *= x; //~ ERROR: signed-overflow
        printf("%d\n", x);
    }
    return 0;
}
