/* Modifying a string literal (C17 6.4.5p7). */
#include <stdio.h>

int main(void) {
    char *greeting = "hello";
    greeting[0] = 'J'; //~ ERROR: write-to-readonly
    printf("%s\n", greeting);
    return 0;
}
