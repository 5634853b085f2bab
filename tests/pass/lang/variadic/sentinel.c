/* Lists terminated by a sentinel, joined into one string; va_copy to measure first, then copy. */
#include <stdio.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
static char *join(const char *sep, ...) {
    va_list ap, count;
    va_start(ap, sep);
    va_copy(count, ap);
    size_t len = 1, n = 0;
    for (const char *s = va_arg(count, const char *); s; s = va_arg(count, const char *)) { len += strlen(s); n++; }
    va_end(count);
    len += n ? (n - 1) * strlen(sep) : 0;
    char *out = malloc(len), *p = out;
    *p = '\0';
    for (size_t i = 0; i < n; i++) {
        const char *s = va_arg(ap, const char *);
        if (i) p = strcpy(p, sep) + strlen(sep);
        p = strcpy(p, s) + strlen(s);
    }
    va_end(ap);
    return out;
}
int main(void) {
    char *a = join(", ", "red", "green", "blue", (char *)NULL);
    char *b = join("-", (char *)NULL);
    printf("[%s] [%s]\n", a, b);
    free(a);
    free(b);
    return 0;
}
