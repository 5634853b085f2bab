/* Two structs share one buffer and each cleanup frees it. */
#include <stdlib.h>

struct view { char *data; int len; };

static void view_destroy(struct view *v) {
    free(v->data); //~ ERROR: double-free
    v->len = 0;
}

int main(void) {
    char *shared = malloc(64);
    if (!shared)
        return 1;
    struct view a = { shared, 64 }, b = { shared, 32 };
    view_destroy(&a);
    view_destroy(&b);
    return 0;
}
