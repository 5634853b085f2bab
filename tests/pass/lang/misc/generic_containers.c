/* A generic dynamic array written with void pointers and element sizes, used for ints and structs. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct vec { void *data; size_t len, cap, elem; };
static void push(struct vec *v, const void *x) {
    if (v->len == v->cap) { v->cap = v->cap ? v->cap * 2 : 2; v->data = realloc(v->data, v->cap * v->elem); }
    memcpy((char *)v->data + v->len * v->elem, x, v->elem);
    v->len++;
}
static void *at(const struct vec *v, size_t i) { return (char *)v->data + i * v->elem; }
struct pt { short x, y; };
int main(void) {
    struct vec ints = { NULL, 0, 0, sizeof(int) }, pts = { NULL, 0, 0, sizeof(struct pt) };
    for (int i = 0; i < 10; i++) push(&ints, &(int){ i * i });
    for (short i = 0; i < 5; i++) push(&pts, &(struct pt){ i, (short)-i });
    long sum = 0;
    for (size_t i = 0; i < ints.len; i++) sum += *(int *)at(&ints, i);
    struct pt *last = at(&pts, pts.len - 1);
    printf("%ld %zu %d %d %zu\n", sum, ints.cap, last->x, last->y, pts.cap);
    free(ints.data);
    free(pts.data);
    return 0;
}
