/* __builtin_trap ends the program with SIGILL, as gcc's ud2 instruction does. */
#include <stdio.h>

static void check(int ok) {
    if (!ok)
        __builtin_trap(); //~ ERROR: terminated by signal SIGILL
}

int main(void) {
    check(1);
    puts("first check passed");
    check(0);
    puts("not reached");
    return 0;
}
