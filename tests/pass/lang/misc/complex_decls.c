/* Reading hard declarations: a function taking and returning function pointers, an array of pointers to arrays. */
#include <stdio.h>
typedef int (*op)(int, int);
static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }
static int (*choose(int which, int (*fallback)(int, int)))(int, int) { return which == 0 ? add : which == 1 ? sub : fallback; }
int main(void) {
    printf("%d %d %d\n", choose(0, 0)(5, 3), choose(1, 0)(5, 3), choose(2, add)(1, 1));
    int r1[2] = { 1, 2 }, r2[2] = { 3, 4 };
    int (*rows[2])[2] = { &r1, &r2 };
    printf("%d %d\n", (*rows[1])[0], rows[0][0][1]);
    op table[2][2] = { { add, sub }, { sub, add } };
    printf("%d\n", table[1][0](10, 4));
    void (*(*fpp))(void) = 0;
    printf("%d\n", fpp == 0);
    return 0;
}
