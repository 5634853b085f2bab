/* Branching on a local that was never assigned on this path. */
#include <stdio.h>

int main(int argc, char **argv) {
    (void)argv;
    int x;
    if (argc > 5)
        x = 1;
    if (x) //~ ERROR: uninitialized-read
        printf("set\n");
    return 0;
}
