/* Reading row 3 of a 3-row local matrix: past the end of the whole object. */
#include <stdio.h>

int main(void) {
    int m[3][4] = { { 1 }, { 2 }, { 3 } };
    int row = 3;
    int first = m[row][0]; //~ ERROR: out-of-bounds
    printf("%d\n", first);
    return 0;
}
