/* %f expects a double; an int argument is not converted (no prototype
   for the variable arguments). */
#include <stdio.h>

int main(void) {
    int percent = 3;
    printf("%f%%\n", percent); //~ ERROR: format-mismatch
    return 0;
}
