/* _Generic: selection on type after lvalue conversion, qualifiers dropped, default, pointers, in macros. */
#include <stdio.h>
#define KIND(x) _Generic((x), char: "char", signed char: "schar", unsigned char: "uchar", short: "short", int: "int", \
    long: "long", float: "float", double: "double", char *: "char*", const char *: "const char*", default: "?")
#define ABS(x) _Generic((x), int: abs_i, double: abs_d)(x)
static int abs_i(int x) { return x < 0 ? -x : x; }
static double abs_d(double x) { return x < 0 ? -x : x; }
int main(void) {
    const int ci = 1;
    char c = 'a';
    char buf[4];
    printf("%s %s %s %s\n", KIND(ci), KIND(c), KIND(c + 1), KIND(1.0f));
    printf("%s %s %s\n", KIND(buf), KIND("lit"), KIND((const char *)buf));
    printf("%s %s %s\n", KIND(1L), KIND((short)1), KIND(1.0 * 2));
    printf("%d %.1f\n", ABS(-4), ABS(-2.5));
    printf("%s\n", KIND(&ci));
    return 0;
}
