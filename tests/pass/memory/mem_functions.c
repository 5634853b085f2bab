/* calloc zero-fills, memset, memcmp, memchr, and memmove between
   overlapping ranges (which, unlike memcpy, is defined: C17 7.24.2.2). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void show(const char *label, const char *buf, size_t n) {
    printf("%s: ", label);
    for (size_t i = 0; i < n; i++)
        putchar(buf[i] ? buf[i] : '.');
    putchar('\n');
}

int main(void) {
    int *zeros = calloc(10, sizeof *zeros);
    if (!zeros)
        return 1;
    int nonzero = 0;
    for (int i = 0; i < 10; i++)
        nonzero += zeros[i] != 0;
    printf("calloc nonzero=%d\n", nonzero);
    free(zeros);

    char buf[16];
    memset(buf, 0, sizeof buf);
    memset(buf + 2, 'a', 5);
    show("memset", buf, sizeof buf);

    char s[] = "0123456789";
    memmove(s + 2, s, 6); /* forward, overlapping */
    printf("memmove right: %s\n", s);
    char t[] = "0123456789";
    memmove(t, t + 3, 7); /* backward, overlapping */
    printf("memmove left: %s\n", t);

    printf("memcmp: %d %d %d\n", memcmp("abc", "abd", 3) < 0, memcmp("abc", "abd", 2) == 0,
           memcmp("\x80", "\x01", 1) > 0);
    const char data[] = { 'x', 0, 'y', 'z', 0, 'w' };
    const char *z = memchr(data, 'z', sizeof data);
    const char *nul = memchr(data, 0, sizeof data);
    printf("memchr z at %td, first NUL at %td, missing %d\n", z - data, nul - data,
           memchr(data, 'q', sizeof data) == NULL);

    /* Zero-length operations are fine with valid pointers. */
    memcpy(buf, s, 0);
    memmove(buf, s, 0);
    printf("memcmp of 0 bytes=%d\n", memcmp(buf, s, 0));

    /* malloc(0) may return NULL or a unique pointer; either can be freed. */
    void *empty = malloc(0);
    free(empty);
    free(NULL);
    printf("done\n");
    return 0;
}
