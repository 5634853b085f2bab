/* strdup allocates; the copy goes out of scope without free. */
#define _POSIX_C_SOURCE 200809L /* strdup is POSIX; glibc hides it under -std=c11 */
#include <stdio.h>
#include <string.h>

static size_t name_length(const char *name) {
    char *copy = strdup(name); //~ ERROR: memory-leak
    return copy ? strlen(copy) : 0;
}

int main(void) {
    printf("%zu\n", name_length("ciri"));
    return 0;
}
