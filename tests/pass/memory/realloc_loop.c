/* Growing a buffer with realloc in a loop (doubling the capacity), keeping
   the contents, shrinking it at the end, and realloc(NULL, n) acting as malloc. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct strbuf {
    char *data;
    size_t len, cap;
};

static void append(struct strbuf *b, const char *s) {
    size_t n = strlen(s);
    while (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 4;
        char *p = realloc(b->data, cap);
        if (!p) {
            free(b->data);
            exit(1);
        }
        b->data = p;
        b->cap = cap;
    }
    memcpy(b->data + b->len, s, n + 1);
    b->len += n;
}

int main(void) {
    struct strbuf b = { NULL, 0, 0 };
    int growths = 0;
    size_t last_cap = 0;
    for (int i = 0; i < 100; i++) {
        char num[16];
        snprintf(num, sizeof num, "%d;", i);
        append(&b, num);
        if (b.cap != last_cap) {
            growths++;
            last_cap = b.cap;
        }
    }
    printf("len=%zu cap=%zu growths=%d\n", b.len, b.cap, growths);
    printf("head=%.12s tail=%s\n", b.data, b.data + b.len - 9);

    char *shrunk = realloc(b.data, b.len + 1);
    if (!shrunk) {
        free(b.data);
        return 1;
    }
    b.data = shrunk;
    printf("after shrink still intact: %d\n", strncmp(b.data, "0;1;2;3;", 8) == 0);
    free(b.data);

    /* An array of ints grown one element at a time. */
    int *v = NULL;
    size_t n = 0;
    for (int i = 1; i <= 1000; i++) {
        int *p = realloc(v, (n + 1) * sizeof *v);
        if (!p) {
            free(v);
            return 1;
        }
        v = p;
        v[n++] = i;
    }
    long sum = 0;
    for (size_t i = 0; i < n; i++)
        sum += v[i];
    printf("n=%zu sum=%ld\n", n, sum);
    free(v);
    return 0;
}
