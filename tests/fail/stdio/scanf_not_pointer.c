/* scanf needs the address of the variable, not its value. */
#include <stdio.h>

int main(void) {
    int value = 0;
    if (sscanf("17", "%d", value) != 1) //~ ERROR: format-mismatch
        return 1;
    return value;
}
