/* A struct with a flexible array member (C17 6.7.2.1p18) allocated with
   room for its elements, grown with realloc, and copied. */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct intvec {
    size_t len;
    size_t cap;
    int items[];
};

static struct intvec *vec_new(size_t cap) {
    struct intvec *v = malloc(sizeof *v + cap * sizeof v->items[0]);
    if (!v)
        exit(1);
    v->len = 0;
    v->cap = cap;
    return v;
}

static struct intvec *vec_push(struct intvec *v, int x) {
    if (v->len == v->cap) {
        size_t cap = v->cap * 2;
        struct intvec *bigger = realloc(v, sizeof *v + cap * sizeof v->items[0]);
        if (!bigger)
            exit(1);
        v = bigger;
        v->cap = cap;
    }
    v->items[v->len++] = x;
    return v;
}

struct message {
    int id;
    char text[];
};

static struct message *message_new(int id, const char *text) {
    size_t n = strlen(text) + 1;
    struct message *m = malloc(offsetof(struct message, text) + n);
    if (!m)
        exit(1);
    m->id = id;
    memcpy(m->text, text, n);
    return m;
}

int main(void) {
    printf("sizeof(struct intvec)=%zu sizeof(struct message)=%zu\n", sizeof(struct intvec), sizeof(struct message));
    struct intvec *v = vec_new(2);
    for (int i = 0; i < 20; i++)
        v = vec_push(v, i * i);
    long sum = 0;
    for (size_t i = 0; i < v->len; i++)
        sum += v->items[i];
    printf("len=%zu cap=%zu sum=%ld last=%d\n", v->len, v->cap, sum, v->items[v->len - 1]);
    free(v);

    struct message *m = message_new(7, "flexible");
    printf("message %d: %s (%zu bytes)\n", m->id, m->text, strlen(m->text));
    free(m);
    return 0;
}
