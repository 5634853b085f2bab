/* Designated initializers: nested, out of order, overriding earlier ones, mixed with positional ones, arrays of structs. */
#include <stdio.h>
struct point { int x, y; };
struct shape { const char *name; struct point pts[3]; int n; };
int main(void) {
    struct shape s = { .n = 2, .pts[1] = { .y = 7, .x = 6 }, .name = "tri", .pts[0].x = 1 };
    printf("%s %d %d %d %d %d %d\n", s.name, s.n, s.pts[0].x, s.pts[0].y, s.pts[1].x, s.pts[1].y, s.pts[2].x);
    int a[6] = { [4] = 4, [1] = 1, 2, [0] = 9, [4] = 40 };
    for (int i = 0; i < 6; i++) printf("%d ", a[i]);
    printf("\n");
    struct point ps[] = { [2].y = 5, [0] = { 1, 1 } };
    printf("%zu %d %d\n", sizeof ps / sizeof ps[0], ps[0].x, ps[2].y);
    int grid[3][3] = { [1] = { 1, 2, 3 }, [2][2] = 9, [0][1] = 4 };
    for (int i = 0; i < 3; i++) printf("%d %d %d\n", grid[i][0], grid[i][1], grid[i][2]);
    union { int i; char c[4]; } u = { .c = { 1, 2 } };
    printf("%d %d\n", u.c[0], u.c[3]);
    return 0;
}
