/* Arithmetic near INT_MAX and INT_MIN done in a type where it cannot
   overflow: unsigned int, long, and long long. No signed overflow occurs. */
#include <limits.h>
#include <stdio.h>

/* Average without overflow: a classic fix for (a + b) / 2. */
static int midpoint(int a, int b) { return (int)(((long)a + (long)b) / 2); }

/* Checked addition: report overflow instead of performing it. */
static int add_checked(int a, int b, int *out) {
    if ((b > 0 && a > INT_MAX - b) || (b < 0 && a < INT_MIN - b))
        return 0;
    *out = a + b;
    return 1;
}

int main(void) {
    int big = INT_MAX;
    long widened = (long)big + 1;
    printf("(long)INT_MAX+1=%ld\n", widened);
    unsigned int as_unsigned = (unsigned int)big + 1u;
    printf("(unsigned)INT_MAX+1=%u\n", as_unsigned);
    long long product = (long long)big * big;
    printf("INT_MAX*INT_MAX=%lld\n", product);

    int small = INT_MIN;
    long negated = -(long)small;
    printf("-(long)INT_MIN=%ld\n", negated);
    unsigned int neg_u = 0u - (unsigned int)small;
    printf("0u-(unsigned)INT_MIN=%u\n", neg_u);
    printf("INT_MIN/1=%d INT_MIN%%2=%d\n", small / 1, small % 2);

    printf("midpoint=%d\n", midpoint(INT_MAX, INT_MAX - 2));
    int r = 0;
    printf("add_checked(INT_MAX,1)=%d\n", add_checked(INT_MAX, 1, &r));
    printf("add_checked(INT_MIN,-1)=%d\n", add_checked(INT_MIN, -1, &r));
    if (add_checked(INT_MAX - 5, 5, &r))
        printf("INT_MAX-5+5=%d\n", r);

    /* Converting an out-of-range unsigned back to int: gcc wraps (implementation-defined). */
    int back = (int)as_unsigned;
    printf("(int)2147483648u=%d\n", back);

    /* Reaching LLONG_MAX exactly is fine. */
    long long ll = LLONG_MAX - 10;
    for (int i = 0; i < 10; i++)
        ll++;
    printf("ll=%lld is max: %d\n", ll, ll == LLONG_MAX);
    return 0;
}
