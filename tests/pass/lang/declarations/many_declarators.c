/* Several declarators of different derived types in one declaration, and declarations mixed with code. */
#include <stdio.h>
static int seven(void) { return 7; }
int main(void) {
    int a = 1, *pa = &a, arr[3] = { 4, 5, 6 }, (*fp)(void) = seven, **ppa = &pa;
    printf("%d %d %d %d\n", a, *pa, arr[2], fp() + **ppa);
    a = 10;
    int b = a * 2, c[] = { b, b + 1 };
    printf("%d %d %zu\n", b, c[1], sizeof c);
    char s[] = "abc", *t = s + 1, u = *t;
    printf("%s %c\n", t, u);
    return 0;
}
