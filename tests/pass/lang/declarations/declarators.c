/* Complicated declarators: arrays of pointers to functions returning pointers to arrays, abstract declarators in casts and sizeof. */
#include <stdio.h>
static int row0[3] = { 1, 2, 3 }, row1[3] = { 4, 5, 6 };
static int (*first(void))[3] { return &row0; }
static int (*second(void))[3] { return &row1; }
typedef int (*rowfn)(void);
int main(void) {
    int (*(*table[2])(void))[3] = { first, second };
    printf("%d %d\n", (*table[0]())[2], (*table[1]())[0]);
    printf("%zu %zu %zu\n", sizeof(int (*)[3]), sizeof(int[2][3]), sizeof(int (*[4])(void)));
    char *(*pick)(char *, char *) = 0;
    printf("%d\n", pick == (char *(*)(char *, char *))0);
    const char *const names[] = { "a", "bc" };
    const char *const *pn = names;
    printf("%s %zu\n", pn[1], sizeof names / sizeof *names);
    int matrix[2][3] = { { 1, 2, 3 }, { 4, 5, 6 } };
    int (*rows)[3] = matrix;
    int *flat = &matrix[0][0];
    printf("%d %d %d\n", rows[1][2], flat[4], *(*(matrix + 1) + 1));
    void *vp = (void *)(unsigned long)0x10;
    printf("%lu\n", (unsigned long)(char *)vp + sizeof(double[2]));
    int x = 7, *px = &x, **ppx = &px;
    printf("%d\n", **ppx);
    return 0;
}
