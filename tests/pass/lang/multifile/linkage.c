//@ files: _counter.c _shapes.c
/* Several files: external and internal linkage, a static function with the same name in two files,
   an extern array of unknown size, a tentative definition completed in another file. */
#include <stdio.h>
extern int counter_next(void);
extern int counter_value;
extern const char *shape_names[];
extern int shape_count;
double area(int which, double size);
static int helper(void) { return 1000; } /* _counter.c has its own static helper */
int main(void) {
    counter_next();
    counter_next();
    int third = counter_next();
    printf("%d %d\n", third, counter_value);
    for (int i = 0; i < shape_count; i++) printf("%s %.2f\n", shape_names[i], area(i, 2.0));
    printf("%d\n", helper());
    return 0;
}
