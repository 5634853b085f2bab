/* An in-place upcase function handed a string literal instead of an array. */
#include <stdio.h>

static void upcase(char *s) {
    for (; *s; s++)
        if (*s >= 'a' && *s <= 'z')
            *s = (char)(*s - 'a' + 'A'); //~ ERROR: write-to-readonly
}

int main(void) {
    char ok[] = "array";
    upcase(ok);
    printf("%s\n", ok);
    upcase("literal");
    return 0;
}
