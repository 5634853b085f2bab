/* Variable length arrays: 1-D and 2-D, sizeof at run time, size evaluated once, typedefs, pointers to VLA rows, loops and recursion. */
#include <stdio.h>
#include <stdlib.h>
static int sum(int n, const int *a) { int s = 0; for (int i = 0; i < n; i++) s += a[i]; return s; }
static double trace(int n) {
    double m[n][n];
    for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) m[i][j] = i == j ? i + 0.5 : 0;
    double t = 0;
    for (int i = 0; i < n; i++) t += m[i][i];
    return t + sizeof m / sizeof m[0][0];
}
static int rec(int depth) {
    char buf[depth + 1];
    buf[depth] = (char)depth;
    return depth == 0 ? buf[0] : buf[depth] + rec(depth - 1);
}
int main(void) {
    int n = 5;
    int a[n];
    for (int i = 0; i < n; i++) a[i] = i * i;
    printf("%zu %d\n", sizeof a, sum(n, a));
    printf("%.1f\n", trace(4));
    int k = 2;
    int b[k++ + 1];
    printf("%zu %d\n", sizeof b, k);
    printf("%zu\n", sizeof(int[n][3]));
    typedef char line[n * 2];
    n = 100;
    line l;
    printf("%zu\n", sizeof l);
    int (*rows)[n] = malloc(3 * sizeof *rows);
    rows[2][99] = 7;
    printf("%d %zu\n", rows[2][99], sizeof *rows);
    free(rows);
    int total = 0;
    for (int i = 1; i <= 3; i++) { int tmp[i]; for (int j = 0; j < i; j++) tmp[j] = j; total += tmp[i - 1] + (int)sizeof tmp; }
    printf("%d %d\n", total, rec(10));
    int m4[4][n];
    printf("%zu\n", sizeof m4);
    return 0;
}
