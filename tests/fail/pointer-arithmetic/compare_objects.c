/* Ordering pointers to two separate arrays with < is UB (C17 6.5.8p5), though it "works" natively. */
#include <stdio.h>

static int first[4], second[4];

static int in_first(const int *p) {
    return p >= first && p < first + 4; //~ ERROR: invalid-pointer-comparison
}

int main(void) {
    printf("%d\n", in_first(&first[2]));
    printf("%d\n", in_first(&second[1]));
    return 0;
}
