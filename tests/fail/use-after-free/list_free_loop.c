/* The classic list-freeing bug: the loop reads n->next from a node it
   has just freed. */
#include <stdlib.h>

struct node { int value; struct node *next; };

int main(void) {
    struct node *head = NULL;
    for (int i = 0; i < 3; i++) {
        struct node *n = malloc(sizeof *n);
        if (!n)
            return 1;
        n->value = i;
        n->next = head;
        head = n;
    }
    for (struct node *n = head; n != NULL; n = n->next) //~ ERROR: use-after-free
        free(n);
    return 0;
}
