/* Two string literals with the same text need not be one object: subtracting pointers into them is UB
   (gcc happens to merge them, so the bug stays hidden in a native build). */
#include <stdio.h>
#include <string.h>

static int digit_value(char c) {
    return (int)(strchr("0123456789", c) - "0123456789"); //~ ERROR: invalid-pointer-subtraction
}

int main(void) {
    printf("%d\n", digit_value('7'));
    return 0;
}
