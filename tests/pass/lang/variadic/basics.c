/* Variadic functions: sums, mixed types, va_copy with vsnprintf, forwarding a va_list, sentinels, pointers to variadic functions, deep recursion. */
#include <stdio.h>
#include <stdarg.h>
#include <string.h>
#include <stdlib.h>

static int sum(int n, ...) {
    va_list ap;
    va_start(ap, n);
    int s = 0;
    for (int i = 0; i < n; i++) s += va_arg(ap, int);
    va_end(ap);
    return s;
}

static double mixed(const char *fmt, ...) {
    va_list ap;
    double total = 0;
    va_start(ap, fmt);
    for (const char *p = fmt; *p; p++) {
        switch (*p) {
        case 'i': total += va_arg(ap, int); break;
        case 'l': total += (double)va_arg(ap, long long); break;
        case 'd': total += va_arg(ap, double); break;
        case 's': total += strlen(va_arg(ap, const char *)); break;
        case 'u': total += va_arg(ap, unsigned); break;
        }
    }
    va_end(ap);
    return total;
}

static char *format(const char *fmt, ...) {
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *buf = malloc(n + 1);
    vsnprintf(buf, n + 1, fmt, ap2);
    va_end(ap2);
    return buf;
}

static void logf_(FILE *f, const char *fmt, va_list ap) { vfprintf(f, fmt, ap); }
static void say(const char *fmt, ...) { va_list ap; va_start(ap, fmt); logf_(stdout, fmt, ap); va_end(ap); }

static int count_until_null(const char *first, ...) {
    va_list ap;
    int n = 0;
    va_start(ap, first);
    for (const char *s = first; s != NULL; s = va_arg(ap, const char *)) n++;
    va_end(ap);
    return n;
}

static long rec(int depth, ...) {
    va_list ap;
    va_start(ap, depth);
    long v = va_arg(ap, long);
    va_end(ap);
    if (depth == 0) return v;
    return rec(depth - 1, v + depth);
}

int main(void) {
    printf("%d %d\n", sum(3, 1, 2, 3), sum(0));
    printf("%.2f\n", mixed("ildsu", 1, 2LL, 0.5, "four", 5u));
    char *s = format("%s-%d-%.1f", "x", 42, 2.5);
    printf("%s\n", s);
    free(s);
    say("%d %s\n", 7, "seven");
    printf("%d\n", count_until_null("a", "b", "c", (char *)NULL));
    int (*fp)(int, ...) = sum;
    printf("%d\n", fp(2, 10, 20));
    printf("%ld\n", rec(2000, 1L));
    return 0;
}
