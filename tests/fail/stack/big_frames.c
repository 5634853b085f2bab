/* Recursion with a large local buffer in every frame and no depth limit. */
#include <stdio.h>
#include <string.h>

static int walk(const char *path, int depth) {
    char buf[4096];
    memset(buf, 0, sizeof buf);
    strncpy(buf, path, sizeof buf - 1);
    return walk(buf, depth + 1) + (buf[0] == '/'); //~ ERROR: stack-overflow
}

int main(void) {
    printf("%d\n", walk("/", 0));
    return 0;
}
