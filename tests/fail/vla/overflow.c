/* Writing one element past a VLA whose size was computed at run time. */
#include <stdio.h>

static int fill(int n) {
    int squares[n];
    for (int i = 0; i <= n; i++)
        squares[i] = i * i; //~ ERROR: out-of-bounds
    return squares[n - 1];
}

int main(void) {
    printf("%d\n", fill(5));
    return 0;
}
