/* Compound assignment converts back to the target's type: narrow targets wrap, floats truncate into ints. */
#include <stdio.h>
int main(void) {
    unsigned char uc = 250;
    uc += 10;
    short s = 30000;
    s += 1000 - 1000;
    int i = 10;
    i *= 2.5;
    double d = 7;
    d /= 2;
    unsigned u = 3;
    u -= 5;
    long l = 1;
    l <<= 40;
    int m = 17;
    m %= 5;
    m |= 8;
    m ^= 3;
    printf("%d %d %d %.1f %u %ld %d\n", uc, s, i, d, u, l, m);
    char c = 'A';
    c += 2;
    printf("%c\n", c);
    return 0;
}
