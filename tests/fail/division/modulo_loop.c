/* A modulus computed from data that reaches zero. */
#include <stdio.h>

int main(void) {
    int sizes[4] = { 7, 3, 0, 5 };
    unsigned hash = 12345;
    for (int i = 0; i < 4; i++)
        printf("%u\n", hash % (unsigned)sizes[i]); //~ ERROR: division-by-zero
    return 0;
}
