/* Integer promotions: small types become int in arithmetic, ~ of unsigned char, comparisons after promotion. */
#include <stdio.h>
int main(void) {
    unsigned char a = 0x0f;
    printf("%d %d\n", ~a, (unsigned char)~a);
    unsigned short us = 1;
    printf("%d\n", us - 2 < 0);
    unsigned int ui = 1;
    printf("%d\n", ui - 2 < 0);
    char c = 100;
    printf("%d\n", c + c);
    printf("%zu %zu %zu\n", sizeof(a + a), sizeof(+c), sizeof(us * 1));
    signed char sc = -1;
    unsigned char uc = 255;
    printf("%d\n", sc == uc);
    return 0;
}
