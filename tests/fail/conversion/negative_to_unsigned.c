/* Converting a negative double to an unsigned type is UB (only the
   integral part must fit; -1 does not fit in unsigned). */
#include <stdio.h>

static unsigned to_index(double position) {
    return (unsigned)position; //~ ERROR: invalid-conversion
}

int main(void) {
    double positions[3] = { 2.5, 0.25, -1.5 };
    unsigned sum = 0;
    for (int i = 0; i < 3; i++)
        sum += to_index(positions[i]);
    printf("%u\n", sum);
    return 0;
}
