/* Escape sequences in strings and characters, printed as numbers. */
#include <stdio.h>
int main(void) {
    const char s[] = "\a\b\f\n\r\t\v\\\'\"\?\0end";
    for (unsigned i = 0; i < sizeof s; i++) printf("%d ", (unsigned char)s[i]);
    printf("\n");
    printf("%d %d %d %d\n", '\x41', '\101', '\x7f', (unsigned char)'\xff');
    printf("%s\n", "tri\?\?graphs are not replaced in gnu17 mode: ??=");
    printf("%zu\n", sizeof "\x41\x42");
    return 0;
}
