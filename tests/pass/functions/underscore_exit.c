/* _Exit ends the program at once: handlers registered with atexit do not run (C17 7.22.4.5). */
#include <stdio.h>
#include <stdlib.h>

static void goodbye(void) {
    puts("atexit handler ran");
}

int main(void) {
    atexit(goodbye);
    puts("before _Exit");
    fflush(stdout);
    _Exit(0);
}
