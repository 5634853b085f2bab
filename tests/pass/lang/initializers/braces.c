/* Nested braces and brace elision, char arrays from strings of exact, larger and smaller size, scalars in braces. */
#include <stdio.h>
#include <string.h>
struct pair { int a[2]; char tag; };
int main(void) {
    struct pair ps[2] = { 1, 2, 'x', { { 3, 4 }, 'y' } };
    printf("%d %d %c %d %d %c\n", ps[0].a[0], ps[0].a[1], ps[0].tag, ps[1].a[0], ps[1].a[1], ps[1].tag);
    int m[2][2] = { 1, 2, 3 };
    printf("%d %d %d %d\n", m[0][0], m[0][1], m[1][0], m[1][1]);
    char exact[3] = "abc";
    char larger[8] = "hi";
    char sized[] = "hello";
    printf("%c%c%c %zu %d %zu\n", exact[0], exact[1], exact[2], strlen(larger), larger[7], sizeof sized);
    int scalar = { 42 };
    double d = { 2.5 };
    printf("%d %.1f\n", scalar, d);
    struct { struct { int x; } in[2]; } nest = { { { 5 }, { 6 } } };
    printf("%d %d\n", nest.in[0].x, nest.in[1].x);
    const char *words[] = { "one", "two", "three", };
    printf("%zu %s\n", sizeof words / sizeof words[0], words[2]);
    return 0;
}
