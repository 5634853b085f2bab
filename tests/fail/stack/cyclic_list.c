/* Recursive length of a list that accidentally points back to itself. */
#include <stdio.h>
#include <stddef.h>

struct node { int value; struct node *next; };

static size_t length(const struct node *n) {
    return n ? 1 + length(n->next) : 0; //~ ERROR: stack-overflow
}

int main(void) {
    struct node a = { 1, NULL }, b = { 2, NULL };
    a.next = &b;
    b.next = &a; /* meant to be NULL */
    printf("%zu\n", length(&a));
    return 0;
}
