/* A bump allocator carving typed objects out of one malloc'd block:
   offsets are rounded up to each type's alignment, so every access is
   aligned and inside the block. Allocated storage has no declared type, so
   storing a double or a struct into it is fine (C17 6.5p6). */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>

struct arena {
    unsigned char *base;
    size_t used, size;
};

static void *arena_alloc(struct arena *a, size_t size, size_t align) {
    size_t start = (a->used + align - 1) / align * align;
    if (start + size > a->size)
        return NULL;
    a->used = start + size;
    return a->base + start;
}

struct pair { short tag; double value; };

int main(void) {
    struct arena a = { malloc(256), 0, 256 };
    if (!a.base)
        return 1;
    char *name = arena_alloc(&a, 6, 1);
    double *d = arena_alloc(&a, sizeof *d, _Alignof(double));
    int *ints = arena_alloc(&a, 3 * sizeof *ints, _Alignof(int));
    struct pair *p = arena_alloc(&a, sizeof *p, _Alignof(struct pair));
    printf("offsets: name=%td d=%td ints=%td pair=%td used=%zu\n", name - (char *)a.base,
           (unsigned char *)d - a.base, (unsigned char *)ints - a.base, (unsigned char *)p - a.base, a.used);
    name[0] = 'a'; name[1] = 'r'; name[2] = 'e'; name[3] = 'n'; name[4] = 'a'; name[5] = '\0';
    *d = 6.25;
    for (int i = 0; i < 3; i++)
        ints[i] = (i + 1) * 100;
    p->tag = 7;
    p->value = *d * 2;
    printf("%s %.2f %d %d %d %d %.2f\n", name, *d, ints[0], ints[1], ints[2], p->tag, p->value);
    void *too_big = arena_alloc(&a, 1000, 8);
    printf("oversized request refused: %d\n", too_big == NULL);
    free(a.base);
    return 0;
}
