/* An optional callback that was never set is called unconditionally. */
#include <stdio.h>

struct ops { int (*open)(int); int (*close)(int); };

static int do_open(int fd) { return fd + 1; }

static int run(const struct ops *ops) {
    int fd = ops->open(3);
    return ops->close(fd); //~ ERROR: invalid-call
}

int main(void) {
    struct ops ops = { do_open, NULL };
    printf("%d\n", run(&ops));
    return 0;
}
