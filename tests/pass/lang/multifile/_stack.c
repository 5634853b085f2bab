/* Part of structs.c. */
#include <stdlib.h>
struct stack { int *items; int n, cap; };
struct stack *stack_new(void) { return calloc(1, sizeof(struct stack)); }
void stack_push(struct stack *s, int v) {
    if (s->n == s->cap) { s->cap = s->cap ? 2 * s->cap : 2; s->items = realloc(s->items, s->cap * sizeof *s->items); }
    s->items[s->n++] = v;
}
int stack_pop(struct stack *s) { return s->items[--s->n]; }
int stack_size(const struct stack *s) { return s->n; }
void stack_free(struct stack *s) { free(s->items); free(s); }
