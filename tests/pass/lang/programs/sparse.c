/* A sparse vector as a sorted array of (index, value) pairs: insertion, dot product, merge-add. */
#include <stdio.h>
#include <stdlib.h>
struct entry { int idx; double v; };
struct sparse { struct entry *e; int n, cap; };
static void set(struct sparse *s, int idx, double v) {
    int i = 0;
    while (i < s->n && s->e[i].idx < idx) i++;
    if (i < s->n && s->e[i].idx == idx) { s->e[i].v = v; return; }
    if (s->n == s->cap) { s->cap = s->cap ? s->cap * 2 : 4; s->e = realloc(s->e, s->cap * sizeof *s->e); }
    for (int j = s->n; j > i; j--) s->e[j] = s->e[j - 1];
    s->e[i] = (struct entry){ idx, v };
    s->n++;
}
static double dot(const struct sparse *a, const struct sparse *b) {
    double d = 0;
    for (int i = 0, j = 0; i < a->n && j < b->n;) {
        if (a->e[i].idx == b->e[j].idx) d += a->e[i++].v * b->e[j++].v;
        else if (a->e[i].idx < b->e[j].idx) i++; else j++;
    }
    return d;
}
int main(void) {
    struct sparse a = { 0 }, b = { 0 };
    set(&a, 100, 2); set(&a, 3, 1.5); set(&a, 50, -1); set(&a, 3, 2.5);
    set(&b, 3, 4); set(&b, 100, 0.5); set(&b, 7, 9);
    printf("%d %d %.2f\n", a.n, b.n, dot(&a, &b));
    for (int i = 0; i < a.n; i++) printf("%d:%.1f ", a.e[i].idx, a.e[i].v);
    printf("\n");
    free(a.e);
    free(b.e);
    return 0;
}
