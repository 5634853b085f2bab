/* float arithmetic rounds every operation to float; double does not; conversions between them and integers. */
#include <stdio.h>
#include <float.h>
int main(void) {
    float f = 0.1f;
    float sum = 0;
    for (int i = 0; i < 10; i++) sum += f;
    double d = 0;
    for (int i = 0; i < 10; i++) d += 0.1;
    printf("%.9g %.17g\n", sum, d);
    printf("%d %d\n", sum == 1.0f, d == 1.0);
    float big = 16777216.0f;
    printf("%.1f %.1f\n", big + 1.0f, (double)big + 1.0);
    printf("%.9g %.9g\n", FLT_EPSILON, (double)FLT_MAX);
    printf("%.17g %.17g\n", DBL_EPSILON, DBL_MIN);
    float third = 1.0f / 3.0f;
    printf("%.10f %.20f\n", third, 1.0 / 3.0);
    printf("%d %d %d\n", (int)2.9, (int)-2.9, (int)(float)16777217);
    printf("%u %lld\n", (unsigned)3.99e9, (long long)-9.2e18);
    printf("%.0f %.0f %.0f\n", 2.5, 3.5, -2.5);
    printf("%g %g %g\n", 1e-5, 123456789.0, 0.0001);
    printf("%e %E\n", 12345.678, 0.000123);
    printf("%.3a %a\n", 1.0, 0.5f);
    float x = 3.4028235e38f;
    printf("%g\n", x * 10.0f);
    printf("%g %g\n", -0.0, 1.0 / -0.0 < 0 ? -1.0 : 1.0);
    long double ld = 1.0L / 3.0L;
    printf("%.6Lf %zu\n", ld, sizeof ld);
    return 0;
}
