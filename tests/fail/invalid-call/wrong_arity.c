/* A handler table filled through a cast: one handler takes one argument, the table's type passes two. */
#include <stdio.h>

typedef int (*handler)(int code, int flags);

static int on_open(int code, int flags) { return code + flags; }
static int on_close(int code) { return -code; }

int main(void) {
    handler table[2] = { on_open, (handler)on_close };
    for (int i = 0; i < 2; i++)
        printf("%d\n", table[i](10, 1)); //~ ERROR: `on_close` is `int (int)` but is called as `int (int, int)`
    return 0;
}
