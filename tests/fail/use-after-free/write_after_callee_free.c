/* A callee frees the buffer it was given; the caller keeps writing to it. */
#include <stdlib.h>
#include <string.h>

static void consume(char *buf) {
    /* ... uses buf, then takes ownership and releases it */
    free(buf);
}

int main(void) {
    char *buf = malloc(32);
    if (!buf)
        return 1;
    strcpy(buf, "message");
    consume(buf);
    buf[0] = 'M'; //~ ERROR: use-after-free
    return 0;
}
