/* An old-style declaration hides a mismatch: g takes no arguments but is called with one (C17 6.5.2.2p6). */
#include <stdio.h>

int g();

int main(void) {
    printf("%d\n", g(5)); //~ ERROR: `g` is `int (void)` but is called as `int (int)`
    return 0;
}

int g(void) { return 3; }
