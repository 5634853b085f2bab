/* Floating comparisons: NaN compares unequal to everything, -0.0 equals 0.0, infinities order. */
#include <stdio.h>
#include <math.h>
int main(void) {
    double nan = NAN, inf = INFINITY, nz = -0.0;
    printf("%d %d %d %d\n", nan == nan, nan != nan, nan < 1, nan > 1);
    printf("%d %d %d\n", nz == 0.0, 1 / nz < 0, signbit(nz) != 0);
    printf("%d %d %d\n", inf > 1e308, -inf < -1e308, inf == inf);
    printf("%d %d\n", isnan(inf - inf), isinf(1 / 0.0));
    float f = 0.1f;
    printf("%d %d\n", f == 0.1, f == 0.1f);
    return 0;
}
