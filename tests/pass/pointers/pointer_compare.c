/* Relational comparison and subtraction of pointers into the same array,
   and comparisons of pointers to members of the same struct (C17 6.5.8p5). */
#include <stddef.h>
#include <stdio.h>

struct record {
    int id;
    double weight;
    char tag[4];
};

static int *max_element(int *first, int *last) {
    int *best = first;
    for (int *p = first + 1; p < last; p++)
        if (*p > *best)
            best = p;
    return best;
}

static void reverse(int *lo, int *hi) {
    while (lo < hi) {
        int t = *lo;
        *lo++ = *--hi;
        *hi = t;
    }
}

int main(void) {
    int v[8] = { 3, 9, 2, 7, 9, 1, 0, 5 };
    int *m = max_element(v, v + 8);
    printf("max=%d at %td\n", *m, m - v);
    reverse(v, v + 8);
    for (int *p = v; p < v + 8; p++)
        printf("%d ", *p);
    printf("\n");

    int *p = &v[2], *q = &v[6];
    printf("p<q=%d p<=q=%d p>q=%d q-p=%td p-q=%td\n", p < q, p <= q, p > q, q - p, p - q);
    printf("equal=%d\n", p + 4 == q);

    struct record r = { 1, 2.5, "ab" };
    printf("&r.id < &r.weight: %d, &r.weight < (void*)r.tag: %d\n",
           (void *)&r.id < (void *)&r.weight, (void *)&r.weight < (void *)r.tag);
    printf("offsets: %zu %zu %zu size %zu\n", offsetof(struct record, id),
           offsetof(struct record, weight), offsetof(struct record, tag), sizeof r);
    char *base = (char *)&r;
    printf("tag via char*: %s\n", base + offsetof(struct record, tag));

    int grid[3][3];
    printf("rows apart: %td\n", &grid[2] - &grid[0]);
    return 0;
}
