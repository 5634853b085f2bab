/* const objects at file and block scope, const arrays of structs, string tables, constant folding in initializers. */
#include <stdio.h>
static const int primes[] = { 2, 3, 5, 7, 11 };
static const struct { const char *name; int code; } codes[] = { { "ok", 0 }, { "warn", 1 }, { "fail", 2 } };
enum { N = sizeof primes / sizeof primes[0] };
static const double scale = 1.0 / 8;
int main(void) {
    const int local = 40 + 2;
    int sum = 0;
    for (int i = 0; i < N; i++) sum += primes[i];
    printf("%d %d %s %.3f\n", sum, local, codes[2].name, scale);
    static const char *const msgs[] = { "zero", "one" };
    printf("%s %d\n", msgs[1], N);
    return 0;
}
