/* atexit handlers run in reverse order of registration when exit is
   called, here from a nested function; heap memory is released by a handler. */
#include <stdio.h>
#include <stdlib.h>

static char *buffer;

static void first(void) { printf("handler registered first runs last\n"); }
static void second(void) { printf("handler registered second runs second\n"); }
static void release(void) {
    printf("releasing buffer holding \"%s\"\n", buffer);
    free(buffer);
}

static void level3(void) {
    printf("calling exit(0) from depth 3\n");
    exit(0);
}

static void level2(void) {
    level3();
    printf("never printed\n");
}

static void level1(void) {
    level2();
    printf("never printed\n");
}

int main(void) {
    buffer = malloc(16);
    if (!buffer)
        return 1;
    snprintf(buffer, 16, "%s", "state");
    if (atexit(first) != 0 || atexit(second) != 0 || atexit(release) != 0)
        return 1;
    printf("main running\n");
    level1();
    printf("not reached either\n");
    return 1;
}
