/* A switch that handles every case but one, with no return after it. */
#include <stdio.h>

static int weight(char c) {
    switch (c) {
    case 'a': return 1;
    case 'b': return 2;
    }
}

int main(void) {
    int total = 0;
    const char *s = "abc";
    for (int i = 0; s[i]; i++)
        total += weight(s[i]); //~ ERROR: missing-return
    printf("%d\n", total);
    return 0;
}
