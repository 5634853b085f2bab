/* A heap block that is never freed. */
#include <stdlib.h>
#include <string.h>

int main(void) {
    char *copy = malloc(16); //~ ERROR: memory-leak
    if (!copy)
        return 1;
    strcpy(copy, "forgotten");
    return 0;
}
