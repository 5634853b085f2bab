/* %s expects a char pointer, but an int is passed. */
#include <stdio.h>

int main(void) {
    int code = 42;
    printf("error %s\n", code); //~ ERROR: format-mismatch
    return 0;
}
