/* A cleanup helper called for each node frees the shared payload again. */
#include <stdlib.h>

struct node { char *payload; };

static void release(struct node *n) {
    free(n->payload); //~ ERROR: double-free
    n->payload = NULL;
}

int main(void) {
    char *shared = malloc(16);
    if (!shared)
        return 1;
    struct node nodes[3] = { { shared }, { shared }, { NULL } };
    for (int i = 0; i < 3; i++)
        release(&nodes[i]);
    return 0;
}
