/* A struct whose constructor forgets one field; the field is read later. */
#include <stdio.h>

struct config { int verbose; int retries; int timeout; };

static void init(struct config *c) {
    c->verbose = 0;
    c->timeout = 30;
}

int main(void) {
    struct config c;
    init(&c);
    int total = c.timeout * c.retries; //~ ERROR: uninitialized-read
    printf("%d\n", total);
    return 0;
}
