/* A lookup returns NULL for a missing key and the caller does not check. */
#include <stdio.h>
#include <string.h>
#include <stddef.h>

struct entry { const char *key; int value; };
static struct entry table[] = { { "one", 1 }, { "two", 2 } };

static struct entry *lookup(const char *key) {
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
        if (strcmp(table[i].key, key) == 0)
            return &table[i];
    return NULL;
}

int main(void) {
    printf("%d\n", lookup("two")->value);
    printf("%d\n", lookup("three")->value); //~ ERROR: null-dereference
    return 0;
}
