/* va_copy to walk the arguments twice, long double and unsigned through ..., signedness exception of 7.16.1.1p2. */
#include <stdarg.h>
#include <stdio.h>

static void twice(int n, ...) {
    va_list a, b;
    va_start(a, n);
    va_copy(b, a);
    long total = 0;
    for (int i = 0; i < n; i++) total += va_arg(a, long);
    long product = 1;
    for (int i = 0; i < n; i++) product *= va_arg(b, long);
    va_end(a);
    va_end(b);
    printf("sum %ld product %ld\n", total, product);
}

static long double big(int n, ...) {
    va_list ap;
    va_start(ap, n);
    long double x = 0;
    while (n-- > 0) x += va_arg(ap, long double);
    va_end(ap);
    return x;
}

static unsigned as_unsigned(int n, ...) {
    va_list ap;
    va_start(ap, n);
    unsigned u = va_arg(ap, unsigned); /* an int argument with a non-negative value may be read as unsigned */
    va_end(ap);
    return u + (unsigned)n;
}

static void restart(int n, ...) {
    va_list ap;
    for (int round = 0; round < 2; round++) {
        va_start(ap, n);
        int first = va_arg(ap, int);
        va_end(ap);
        printf("round %d first %d\n", round, first);
    }
}

struct pt { int x, y; };
static int with_pointers(int n, ...) {
    va_list ap;
    va_start(ap, n);
    int s = 0;
    for (int i = 0; i < n; i++) {
        struct pt *p = va_arg(ap, struct pt *);
        s += p->x * p->y;
    }
    va_end(ap);
    return s;
}

int main(void) {
    twice(4, 1L, 2L, 3L, 4L);
    printf("%.2Lf\n", big(3, 1.25L, 2.5L, 0.25L));
    printf("%u\n", as_unsigned(1, 41));
    restart(0, 7);
    struct pt a = { 2, 3 }, b = { 4, 5 };
    printf("%d\n", with_pointers(2, &a, &b));
    return 0;
}
