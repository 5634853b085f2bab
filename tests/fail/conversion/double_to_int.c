/* A scaled value that no longer fits in an int: the conversion is UB. */
#include <stdio.h>

int main(void) {
    double celsius = 3.0e9;
    int millis = (int)(celsius * 1000.0); //~ ERROR: invalid-conversion
    printf("%d\n", millis);
    return 0;
}
