/* atexit handlers run in reverse order of registration, after main returns, before the exit status is reported. */
#include <stdio.h>
#include <stdlib.h>
static void first(void) { printf("first registered, last run\n"); }
static void second(void) { printf("second registered, first run\n"); }
int main(void) {
    atexit(first);
    atexit(second);
    printf("main returns\n");
    return 0;
}
