/* Integer division truncates toward zero and (a/b)*b + a%b == a
   (C17 6.5.5p6), for all sign combinations and widths. */
#include <limits.h>
#include <stdio.h>

static void show(int a, int b) {
    printf("%d / %d = %d, %d %% %d = %d, check=%d\n", a, b, a / b, a, b, a % b,
           (a / b) * b + a % b == a);
}

int main(void) {
    show(7, 2);
    show(-7, 2);
    show(7, -2);
    show(-7, -2);
    show(0, 5);
    show(INT_MIN, 1);
    show(INT_MIN, 2);
    show(INT_MAX, -1);
    show(INT_MIN + 1, -1);

    long long big = -9000000000000000001LL;
    printf("%lld / 1000 = %lld, rem %lld\n", big, big / 1000, big % 1000);
    unsigned u = 4000000000u;
    printf("%u / 3 = %u, rem %u\n", u, u / 3, u % 3);
    unsigned long long ubig = 18000000000000000000ULL;
    printf("%llu / 7 = %llu, rem %llu\n", ubig, ubig / 7, ubig % 7);

    /* Digit extraction by repeated division. */
    int n = 907150;
    int digits = 0, sum = 0;
    do {
        sum += n % 10;
        n /= 10;
        digits++;
    } while (n != 0);
    printf("digits=%d sum=%d\n", digits, sum);

    /* Floating division by zero is not UB under IEC 60559: it gives infinity. */
    double zero = 0.0;
    printf("1.0/0.0 > 1e308: %d\n", 1.0 / zero > 1e308);
    return 0;
}
