/* The count says four, the caller passed three: the fourth va_arg has no argument to read. */
#include <stdarg.h>
#include <stdio.h>

static int sum(int count, ...) {
    va_list ap;
    va_start(ap, count);
    int total = 0;
    for (int i = 0; i < count; i++)
        total += va_arg(ap, int); //~ ERROR: which was called with only 3
    va_end(ap);
    return total;
}

int main(void) {
    printf("%d\n", sum(4, 1, 2, 3));
    return 0;
}
