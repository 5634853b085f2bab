/* A VLA whose size is computed as zero: C17 6.7.6.2p5 requires a size greater than zero. */
#include <stdio.h>

static int count_words(const char *s) {
    int n = 0;
    for (; *s; s++) n += *s == ' ';
    return n;
}

int main(void) {
    int words = count_words("oneword");
    char starts[words]; //~ ERROR: invalid-vla-size
    printf("%zu\n", sizeof starts);
    return 0;
}
