/* Forward-declared and incomplete types: a struct used through pointers before its definition, an array completed later, mutual recursion between structs. */
#include <stdio.h>
struct tree;
struct forest { struct tree *trees[2]; int n; };
struct tree { int value; struct forest *children; };
extern int table[];
static int sum(const struct tree *t) {
    int s = t->value;
    if (t->children) for (int i = 0; i < t->children->n; i++) s += sum(t->children->trees[i]);
    return s;
}
int table[] = { 5, 6, 7 };
int main(void) {
    struct tree leaf1 = { 3, NULL }, leaf2 = { 4, NULL };
    struct forest f = { { &leaf1, &leaf2 }, 2 };
    struct tree root = { 1, &f };
    printf("%d %zu %d\n", sum(&root), sizeof table, table[2]);
    return 0;
}
