/* Shifting a string right by one with strcpy onto itself (C17 7.24.2.3p2). */
#include <stdio.h>
#include <string.h>

int main(void) {
    char s[16] = "shift";
    strcpy(s + 1, s); //~ ERROR: overlapping-copy
    printf("%s\n", s);
    return 0;
}
