/* An XOR linked list: each node stores prev ^ next as an integer, and
   pointers are rebuilt from integers. Legal under permissive provenance
   (every node's address was exposed by the cast to uintptr_t). Also a
   tagged pointer with its low bit used as a flag. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

struct node { int value; uintptr_t link; };

static struct node *step(struct node *prev, struct node *cur) {
    return (struct node *)(cur->link ^ (uintptr_t)prev);
}

int main(void) {
    struct node *nodes[5];
    for (int i = 0; i < 5; i++) {
        nodes[i] = malloc(sizeof *nodes[i]);
        if (!nodes[i])
            return 1;
        nodes[i]->value = i * i;
    }
    for (int i = 0; i < 5; i++) {
        uintptr_t prev = i > 0 ? (uintptr_t)nodes[i - 1] : 0;
        uintptr_t next = i < 4 ? (uintptr_t)nodes[i + 1] : 0;
        nodes[i]->link = prev ^ next;
    }
    struct node *prev = NULL, *cur = nodes[0];
    while (cur) {
        printf("%d ", cur->value);
        struct node *next = step(prev, cur);
        prev = cur;
        cur = next;
    }
    putchar('\n');

    uintptr_t tagged = (uintptr_t)nodes[2] | 1;
    struct node *untagged = (struct node *)(tagged & ~(uintptr_t)1);
    printf("%d %d\n", (int)(tagged & 1), untagged->value);

    for (int i = 0; i < 5; i++)
        free(nodes[i]);
    return 0;
}
