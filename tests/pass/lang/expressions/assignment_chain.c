/* Assignment is an expression: chains, in conditions, in loop tests; struct assignment copies. */
#include <stdio.h>
#include <string.h>
struct pt { int x, y; };
int main(void) {
    int a, b, c;
    a = b = c = 7;
    printf("%d %d %d\n", a, b, c);
    const char *words[] = { "x", "yy", "zzz", NULL };
    const char *w;
    size_t total = 0;
    for (int i = 0; (w = words[i]) != NULL; i++) total += strlen(w);
    printf("%zu\n", total);
    struct pt p = { 1, 2 }, q;
    q = p;
    p.x = 100;
    printf("%d %d %d\n", q.x, q.y, p.x);
    double d;
    int n = (int)(d = 3.75);
    printf("%d %.2f\n", n, d);
    return 0;
}
