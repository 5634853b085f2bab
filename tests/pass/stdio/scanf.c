/* sscanf conversions: integers in every base, floats, strings, scansets, %n, suppression, and failures. */
#include <stdio.h>

int main(void) {
    int a = 0, b = 0, c = 0;
    unsigned u = 0; long l = 0; short h = 0; signed char hh = 0;
    double d = 0; float f = 0;
    char s[32] = "", t[32] = "";
    int n;

    n = sscanf("  -17 0x1f 017 42", "%d %x %o %i", &a, &b, &c, &u);
    printf("%d: %d %d %d %u\n", n, a, b, c, u);
    n = sscanf("0x10 010 10", "%i %i %i", &a, &b, &c);
    printf("%d: %d %d %d\n", n, a, b, c);
    n = sscanf("-9000000000 -300 -5", "%ld %hd %hhd", &l, &h, &hh);
    printf("%d: %ld %d %d\n", n, l, h, hh);
    n = sscanf("3.25 -1e3 0x1p4 inf", "%lf %f %lf %lf", &d, &f, &d, &d);
    printf("%d: %g %g\n", n, f, d);
    n = sscanf("name=ciri; version=3", "name=%31[^;]; version=%d", s, &a);
    printf("%d: [%s] %d\n", n, s, a);
    n = sscanf("hello world", "%5s%n %s", s, &a, t);
    printf("%d: [%s] %d [%s]\n", n, s, a, t);
    n = sscanf("abc123", "%[a-z]%d", s, &a);
    printf("%d: [%s] %d\n", n, s, a);
    n = sscanf("12345", "%2d%3d", &a, &b);
    printf("%d: %d %d\n", n, a, b);
    n = sscanf("skip 7", "%*s %d", &a);
    printf("%d: %d\n", n, a);
    n = sscanf("x1", "%d", &a);
    printf("matching failure: %d\n", n);
    n = sscanf("", "%d", &a);
    printf("input failure: %d\n", n);
    n = sscanf("5,", "%d,%d", &a, &b);
    printf("partial: %d\n", n);
    n = sscanf("ab", "%c%c", s, s + 1);
    printf("%d: %c%c\n", n, s[0], s[1]);
    n = sscanf("100%", "%d%%", &a);
    printf("%d: %d\n", n, a);
    return 0;
}
