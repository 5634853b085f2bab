/* Storage classes: static locals keep their value, file-scope statics, extern declarations in blocks, register, shadowing. */
#include <stdio.h>
static int calls;
int shared = 10;
static int counter(void) { static int n = 100; calls++; return n++; }
static int shadow(int x) {
    int y = x;
    { int x = 2; y += x; { int x = 3; y += x; } }
    return y + x;
}
int main(void) {
    counter(); counter();
    int third = counter();
    printf("%d %d\n", third, calls);
    { extern int shared; shared += 5; }
    printf("%d\n", shared);
    register int r = 4;
    printf("%d\n", r * r);
    printf("%d\n", shadow(1));
    for (int i = 0; i < 2; i++) { static int persist; persist += 10; printf("%d ", persist); }
    printf("\n");
    const volatile int cv = 5;
    int *restrict p = &shared;
    printf("%d %d\n", cv, *p);
    return 0;
}
