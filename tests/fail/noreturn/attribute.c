/* __attribute__((noreturn)) promises the same as _Noreturn; an explicit return breaks it. */
#include <stdio.h>

__attribute__((noreturn)) static void stop(int why) {
    if (why > 0)
        for (;;) {}
    return; //~ ERROR: `stop` is declared _Noreturn, but it returned
}

int main(void) {
    stop(0);
}
