/* strcpy with a string literal as the destination. */
#include <string.h>

int main(void) {
    char *name = "------";
    strcpy(name, "ciri"); //~ ERROR: write-to-readonly
    return 0;
}
