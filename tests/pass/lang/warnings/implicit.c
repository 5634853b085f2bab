//@ warning: division by zero
//@ warning: implicit declaration of function 'helper'
/* An implicitly declared function (C90 style) and a constant division by zero that is never executed. */
#include <stdio.h>
int main(void) {
    int zero = 0;
    if (zero) printf("%d\n", 1 / 0);
    printf("%d\n", helper(20));
    return 0;
}
int helper(int x) { return x + 1; }
