/* Naive and Kahan summation of many small terms; float vs double accumulation. */
#include <stdio.h>
int main(void) {
    float naive = 0, sum = 0, c = 0;
    for (int i = 0; i < 100000; i++) {
        float x = 0.0001f;
        naive += x;
        float y = x - c;
        float t = sum + y;
        c = (t - sum) - y;
        sum = t;
    }
    double dsum = 0;
    for (int i = 0; i < 100000; i++) dsum += 0.0001;
    printf("%.6f %.6f %.10f\n", naive, sum, dsum);
    return 0;
}
