/* Splitting strings without strtok: by pointers and lengths, counting fields in CSV lines with empty fields. */
#include <stdio.h>
#include <string.h>
static int fields(const char *line, char sep, int show) {
    int n = 0;
    const char *start = line;
    for (const char *p = line;; p++) {
        if (*p == sep || *p == '\0') {
            if (show) printf("[%.*s]", (int)(p - start), start);
            n++;
            start = p + 1;
            if (!*p) break;
        }
    }
    if (show) printf("\n");
    return n;
}
int main(void) {
    printf("%d\n", fields("a,b,,d", ',', 1));
    printf("%d\n", fields("", ',', 1));
    printf("%d\n", fields("one two  three", ' ', 1));
    return 0;
}
