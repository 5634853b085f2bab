/* char is signed on x86-64; arithmetic on chars, ctype on every byte value, conversions at the boundaries. */
#include <stdio.h>
#include <ctype.h>
#include <limits.h>
int main(void) {
    char c = (char)200;
    unsigned char u = 200;
    printf("%d %d %d %d\n", c, u, CHAR_MIN, CHAR_MAX);
    int counts[4] = { 0 };
    for (int b = 0; b < 256; b++) {
        counts[0] += isalpha(b) != 0;
        counts[1] += isdigit(b) != 0;
        counts[2] += isspace(b) != 0;
        counts[3] += ispunct(b) != 0;
    }
    printf("%d %d %d %d\n", counts[0], counts[1], counts[2], counts[3]);
    char s[] = "Hello, World 42!";
    int up = 0, low = 0;
    for (char *p = s; *p; p++) { up += isupper((unsigned char)*p) != 0; low += islower((unsigned char)*p) != 0; }
    printf("%d %d %c%c\n", up, low, toupper('z'), tolower('A'));
    printf("%d\n", 'a' + 1 == 'b');
    return 0;
}
