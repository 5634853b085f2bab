/* A compact fill loop: the index is read on the left and incremented on
   the right of the same assignment, with no sequence point between them. */
#include <stdio.h>

int main(void) {
    int squares[8];
    int i = 0;
    while (i < 8)
        squares[i] = i++ * i; //~ ERROR: unsequenced-access
    printf("%d\n", squares[3]);
    return 0;
}
