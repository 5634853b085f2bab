/* math.h functions on ordinary values (checked against glibc's results). */
#include <stdio.h>
#include <math.h>
int main(void) {
    printf("%.6f %.6f %.6f\n", sqrt(2.0), cbrt(27.0), hypot(3.0, 4.0));
    printf("%.6f %.6f %.6f\n", sin(1.0), cos(1.0), tan(1.0));
    printf("%.6f %.6f %.6f\n", atan2(1.0, -1.0), asin(0.5), acos(0.5));
    printf("%.6f %.6f %.6f\n", exp(2.0), log(10.0), log10(1000.0));
    printf("%.6f %.6f\n", pow(2.0, 0.5), fmod(10.5, 3.0));
    printf("%.1f %.1f %.1f %.1f\n", floor(-2.5), ceil(-2.5), round(-2.5), trunc(-2.5));
    printf("%.1f %.1f\n", fabs(-3.0), copysign(2.0, -0.0));
    printf("%.6f %.6f\n", sinh(1.0), tanh(0.5));
    printf("%.3f %.3f\n", fmax(1.0, 2.0), fmin(1.0, 2.0));
    printf("%.6f\n", sqrtf(2.0f));
    return 0;
}
