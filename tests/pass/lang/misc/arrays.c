/* Arrays: multi-dimensional indexing, arrays of arrays passed to functions, sizeof of arrays vs pointers, array of strings. */
#include <stdio.h>
#include <string.h>
static int trace(int m[][3], int n) { int t = 0; for (int i = 0; i < n; i++) t += m[i][i]; return t; }
static size_t size_of_param(int a[10]) { return sizeof a; }
int main(void) {
    int m[3][3] = { { 1, 2, 3 }, { 4, 5, 6 }, { 7, 8, 9 } };
    printf("%d %zu %zu %zu\n", trace(m, 3), sizeof m, sizeof m[0], sizeof m[0][0]);
    int a[10];
    printf("%zu %zu\n", sizeof a, size_of_param(a));
    char names[3][8] = { "ann", "bob", "carol" };
    for (int i = 0; i < 3; i++) printf("%s:%zu ", names[i], strlen(names[i]));
    printf("\n");
    int cube[2][2][2] = { { { 1, 2 }, { 3, 4 } }, { { 5, 6 }, { 7, 8 } } };
    printf("%d %d\n", cube[1][0][1], *(*(*(cube + 1) + 1) + 1));
    int *flat = &cube[0][0][0];
    int s = 0;
    for (int i = 0; i < 8; i++) s += flat[i];
    printf("%d\n", s);
    return 0;
}
