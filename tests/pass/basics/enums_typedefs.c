/* Enumerations with implicit and explicit values, typedefs of scalars,
   structs and function pointers. */
#include <stdio.h>

typedef enum { RED, GREEN = 5, BLUE, ALPHA = -2, LAST } color;
typedef unsigned long ulong_t;
typedef struct point { int x, y; } point_t;
typedef int (*binop)(int, int);

static int add(int a, int b) { return a + b; }

static const char *color_name(color c) {
    switch (c) {
    case RED: return "red";
    case GREEN: return "green";
    case BLUE: return "blue";
    case ALPHA: return "alpha";
    case LAST: return "last";
    }
    return "?";
}

int main(void) {
    color all[] = { RED, GREEN, BLUE, ALPHA, LAST };
    for (int i = 0; i < 5; i++)
        printf("%s=%d\n", color_name(all[i]), (int)all[i]);
    ulong_t big = 1UL << 40;
    point_t p = { 3, 4 };
    struct point q = p;
    binop op = add;
    printf("big=%lu p=(%d,%d) q.x+q.y=%d\n", big, p.x, p.y, op(q.x, q.y));
    printf("sizeof(color)=%zu\n", sizeof(color));
    return 0;
}
