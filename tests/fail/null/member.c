/* Reading a member through a null struct pointer. */
#include <stdio.h>
#include <stddef.h>

struct user { int id; const char *name; };

static const char *name_of(const struct user *u) {
    return u->name; //~ ERROR: null-dereference
}

int main(void) {
    struct user alice = { 1, "alice" };
    printf("%s\n", name_of(&alice));
    printf("%s\n", name_of(NULL));
    return 0;
}
