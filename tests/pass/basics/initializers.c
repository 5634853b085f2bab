/* Initializers: nested braces, brace elision, designators for arrays and
   struct members, partial initialisation (the rest is zero), strings into
   char arrays, and compound literals (C17 6.7.9, 6.5.2.5). */
#include <stdio.h>

struct point { int x, y; };
struct rect { struct point min, max; const char *name; };

static void print_point(struct point p) { printf("(%d,%d)", p.x, p.y); }

int main(void) {
    int grid[3][4] = { { 1, 2 }, { 5 }, [2] = { [3] = 9 } };
    for (int r = 0; r < 3; r++) {
        for (int c = 0; c < 4; c++)
            printf("%d ", grid[r][c]);
        printf("\n");
    }

    int flat[2][3] = { 1, 2, 3, 4, 5 }; /* brace elision */
    printf("flat[1][1]=%d flat[1][2]=%d\n", flat[1][1], flat[1][2]);

    int sparse[10] = { [2] = 20, [7] = 70, 80 }; /* 80 goes to [8] */
    for (int i = 0; i < 10; i++)
        printf("%d%c", sparse[i], i == 9 ? '\n' : ',');

    struct rect r = { .max = { .y = 8, .x = 6 }, .name = "box" };
    printf("%s: ", r.name);
    print_point(r.min);
    print_point(r.max);
    printf("\n");

    char word[8] = "abc";
    char exact[3] = "xyz"; /* no terminator: exactly fits */
    printf("word=%s len=%zu last=%d\n", word, sizeof word, word[7]);
    printf("exact=%c%c%c\n", exact[0], exact[1], exact[2]);

    char implicit[] = "hello";
    printf("sizeof implicit=%zu\n", sizeof implicit);

    struct point *pp = &(struct point){ 11, 12 };
    pp->x += 1;
    print_point(*pp);
    print_point((struct point){ .y = -1 });
    printf("\n");

    int *arr = (int[]){ 3, 1, 4, 1, 5 };
    int s = 0;
    for (int i = 0; i < 5; i++)
        s += arr[i];
    printf("sum=%d\n", s);

    struct point pts[] = { { 1, 2 }, [3] = { 7, 8 } };
    printf("npts=%zu pts[3].y=%d pts[2].x=%d\n", sizeof pts / sizeof pts[0], pts[3].y, pts[2].x);
    return 0;
}
