/* The conditional operator with mixed arithmetic types, pointers and null, void arms, and as an lvalue through a pointer. */
#include <stdio.h>
int main(void) {
    int i = 3;
    double d = 2.5;
    printf("%f %f\n", i > 2 ? i : d, i < 2 ? i : d);
    int a = 1, b = 2;
    int *p = i ? &a : &b;
    *p = 9;
    printf("%d %d\n", a, b);
    const char *s = i ? "yes" : 0;
    printf("%s\n", s);
    void *vp = i ? (void *)&a : (int *)0;
    printf("%d\n", *(int *)vp);
    i ? (void)printf("then\n") : (void)printf("else\n");
    *(i > 0 ? &a : &b) = 7;
    printf("%d\n", a);
    unsigned u = 1;
    printf("%ld\n", (long)(i < 0 ? -1 : u));
    return 0;
}
