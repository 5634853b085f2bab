/* Compound literals at block and file scope, with designators, as lvalues, passed to functions, and their lifetime. */
#include <stdio.h>
struct v2 { int x, y; };
static int *global_lit = (int[]){ 10, 20, 30 };
static int dot(struct v2 a, struct v2 b) { return a.x * b.x + a.y * b.y; }
static int sum(const int *p, int n) { int s = 0; while (n--) s += *p++; return s; }
int main(void) {
    printf("%d\n", dot((struct v2){ 1, 2 }, (struct v2){ .y = 3, .x = 4 }));
    printf("%d %d\n", sum((int[]){ 1, 2, 3, 4 }, 4), global_lit[2]);
    struct v2 *p = &(struct v2){ 5, 6 };
    p->x += 1;
    printf("%d %d\n", p->x, p->y);
    (struct v2){ 0, 0 }.x = 3; /* an lvalue, assignable */
    int total = 0;
    for (int i = 0; i < 3; i++) {
        int *q = (int[2]){ i, i * 10 };
        total += q[0] + q[1];
    }
    printf("%d\n", total);
    char *s = (char[]){ "mutable" };
    s[0] = 'M';
    printf("%s\n", s);
    return 0;
}
