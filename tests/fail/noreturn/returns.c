/* A fatal-error helper declared _Noreturn that forgets to exit on one path. */
#include <stdio.h>
#include <stdlib.h>

_Noreturn static void fatal(const char *msg, int code) {
    fprintf(stderr, "fatal: %s\n", msg);
    if (code != 0)
        exit(code);
} //~ ERROR: noreturn-returned

int main(void) {
    puts("before");
    fatal("no code", 0);
}
