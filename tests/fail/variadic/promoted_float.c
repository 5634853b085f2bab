/* A float passed through ... arrives as a double: va_arg(ap, float) can never be right. */
#include <stdarg.h>
#include <stdio.h>

static float scale(int n, ...) {
    va_list ap;
    va_start(ap, n);
    float f = va_arg(ap, float); //~ ERROR: default argument promotion turns it into `double`
    va_end(ap);
    return f * n;
}

int main(void) {
    printf("%f\n", scale(2, 1.5f));
    return 0;
}
