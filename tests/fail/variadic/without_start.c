/* va_arg on a va_list that va_start never initialized. */
#include <stdarg.h>
#include <stdio.h>

static int first(int n, ...) {
    va_list ap;
    int v = va_arg(ap, int); //~ ERROR: uninitialized
    va_end(ap);
    return v + n;
}

int main(void) {
    printf("%d\n", first(1, 2));
    return 0;
}
