/* A list is built and then the head pointer is reset without freeing. */
#include <stdlib.h>

struct node { int value; struct node *next; };

int main(void) {
    struct node *head = NULL;
    struct node *n = malloc(sizeof *n); //~ ERROR: memory-leak
    if (!n)
        return 1;
    n->value = 1;
    n->next = head;
    head = n;
    head = NULL; /* "clear" the list */
    return head != NULL;
}
