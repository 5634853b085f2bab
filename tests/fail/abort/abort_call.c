/* An explicit abort() on an "impossible" state. */
#include <stdio.h>
#include <stdlib.h>

static const char *mode_name(int mode) {
    switch (mode) {
    case 0: return "read";
    case 1: return "write";
    }
    abort(); //~ ERROR: abort
}

int main(void) {
    printf("%s\n", mode_name(1));
    printf("%s\n", mode_name(2));
    return 0;
}
