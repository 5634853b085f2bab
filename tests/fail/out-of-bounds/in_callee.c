/* The callee trusts a length that is one larger than the caller's buffer. */
#include <stdio.h>

static void fill(int *buf, int n, int value) {
    for (int i = 0; i < n; i++)
        buf[i] = value; //~ ERROR: out-of-bounds
}

int main(void) {
    int buf[5];
    fill(buf, 6, 7);
    printf("%d\n", buf[0]);
    return 0;
}
