/* Hexadecimal floating constants and special values. */
#include <stdio.h>
#include <math.h>
int main(void) {
    double a = 0x1p-2, b = 0x1.8p1, c = 0xA.8p0, d = 0x1.fffffffffffffp1023;
    float e = 0x1p-149f;
    printf("%g %g %g %g\n", a, b, c, d);
    printf("%g %a\n", e, (double)e);
    printf("%d %d\n", isinf(INFINITY), isnan(NAN));
    printf("%f %f %f\n", INFINITY, -INFINITY, fabs(-3.5));
    printf("%d\n", NAN != NAN);
    printf("%.2f %.2f %.2f\n", sqrt(2.0), pow(2.0, 10.0), floor(-1.5));
    printf("%.3f %.3f\n", sin(0.5), exp(1.0));
    return 0;
}
