/* Reusing a va_list after va_end without a new va_start. */
#include <stdarg.h>
#include <stdio.h>

static int twice(int n, ...) {
    va_list ap;
    va_start(ap, n);
    int a = va_arg(ap, int);
    va_end(ap);
    int b = va_arg(ap, int); //~ ERROR: used after `va_end`
    return a + b + n;
}

int main(void) {
    printf("%d\n", twice(1, 2, 3));
    return 0;
}
