/* Freeing a pointer into the middle of a heap block instead of its start. */
#include <stdlib.h>
#include <string.h>

int main(void) {
    char *line = malloc(32);
    if (!line)
        return 1;
    strcpy(line, "  indented");
    char *text = line;
    while (*text == ' ')
        text++;
    free(text); //~ ERROR: invalid-free
    return 0;
}
