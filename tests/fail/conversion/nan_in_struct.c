/* A NaN stored in a struct member and later converted to long. */
#include <math.h>
#include <stdio.h>

struct sample { double value; long rounded; };

int main(void) {
    struct sample s = { 0.0, 0 };
    s.value = sqrt(-1.0);
    s.rounded = (long)s.value; //~ ERROR: invalid-conversion
    printf("%ld\n", s.rounded);
    return 0;
}
