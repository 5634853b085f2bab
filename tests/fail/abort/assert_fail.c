/* A failing assert: assert calls abort after printing a message. */
#include <assert.h>
#include <stdio.h>

static int checked_percent(int part, int whole) {
    assert(part <= whole); //~ ERROR: abort
    return part * 100 / whole;
}

int main(void) {
    printf("%d\n", checked_percent(1, 4));
    printf("%d\n", checked_percent(5, 4));
    return 0;
}
