/* An average over doubles called with ints: va_arg(ap, double) reads an int argument. */
#include <stdarg.h>
#include <stdio.h>

static double average(int count, ...) {
    va_list ap;
    va_start(ap, count);
    double total = 0;
    for (int i = 0; i < count; i++)
        total += va_arg(ap, double); //~ ERROR: which was passed as `int`
    va_end(ap);
    return total / count;
}

int main(void) {
    printf("%f\n", average(2, 1.5, 2.5));
    printf("%f\n", average(2, 3, 4));
    return 0;
}
