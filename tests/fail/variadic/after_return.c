/* A va_list kept after its function returned points into arguments that no longer exist. */
#include <stdarg.h>
#include <stdio.h>

static va_list saved;

static void start(int n, ...) {
    va_start(saved, n);
}

int main(void) {
    start(1, 42);
    printf("%d\n", va_arg(saved, int)); //~ ERROR: use-after-free
    return 0;
}
