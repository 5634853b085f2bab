/* printf of floating values: %f %e %g %a with widths, precisions and flags, and special values. */
#include <stdio.h>
#include <math.h>
int main(void) {
    double vs[] = { 0.0, 1.0, -2.5, 123456.789, 1e-7, 1e21, 0.1 };
    for (int i = 0; i < 7; i++) printf("[%f] [%.3e] [%g] [%10.4g]\n", vs[i], vs[i], vs[i], vs[i]);
    printf("[%+.2f] [% .2f] [%08.3f] [%-8.1f]\n", 3.14159, 3.14159, -3.14159, 2.0);
    printf("[%#g] [%#.0f] [%.0e]\n", 1.0, 2.0, 15000.0);
    printf("[%f] [%e] [%g]\n", INFINITY, -INFINITY, NAN);
    printf("[%a] [%A]\n", 1.5, -0.125);
    return 0;
}
