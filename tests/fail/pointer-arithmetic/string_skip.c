/* Skipping a fixed-size prefix of a string shorter than the prefix. */
#include <stdio.h>

static const char *after_prefix(const char *s) { return s + 8; } //~ ERROR: invalid-pointer-arithmetic

int main(void) {
    char short_name[4] = "abc";
    const char *rest = after_prefix(short_name);
    printf("%d\n", rest != short_name);
    return 0;
}
