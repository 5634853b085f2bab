/* Fixed-size matrices: multiplication, power by squaring (Fibonacci numbers), and identity checks. */
#include <stdio.h>
#include <string.h>
typedef unsigned long long mat[2][2];
static void mul(mat a, mat b, mat out) {
    mat r = { { 0 } };
    for (int i = 0; i < 2; i++) for (int j = 0; j < 2; j++) for (int k = 0; k < 2; k++) r[i][j] += a[i][k] * b[k][j];
    memcpy(out, r, sizeof r);
}
static unsigned long long fib(unsigned n) {
    mat result = { { 1, 0 }, { 0, 1 } }, base = { { 1, 1 }, { 1, 0 } };
    while (n) { if (n & 1) mul(result, base, result); mul(base, base, base); n >>= 1; }
    return result[0][1];
}
int main(void) {
    for (unsigned n = 0; n <= 90; n += 15) printf("%u:%llu ", n, fib(n));
    printf("\n");
    return 0;
}
