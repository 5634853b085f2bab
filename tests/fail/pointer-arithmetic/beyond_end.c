/* Forming a pointer two past the end of an array is undefined even if it
   is never dereferenced (C17 6.5.6p8). */
#include <stdio.h>

int main(void) {
    int a[4] = { 1, 2, 3, 4 };
    int *end = a + 4;      /* one past the end: fine */
    int *beyond = end + 1; //~ ERROR: invalid-pointer-arithmetic
    printf("%d\n", beyond > a);
    return 0;
}
