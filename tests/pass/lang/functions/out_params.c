/* Results through pointer parameters, arrays modified by callees, pointers to pointers for allocation. */
#include <stdio.h>
#include <stdlib.h>
static void divmod(int a, int b, int *q, int *r) { *q = a / b; *r = a % b; }
static void minmax(const int *v, int n, int *lo, int *hi) { *lo = *hi = v[0]; for (int i = 1; i < n; i++) { if (v[i] < *lo) *lo = v[i]; if (v[i] > *hi) *hi = v[i]; } }
static int make(int n, int **out) { *out = malloc(n * sizeof **out); if (!*out) return -1; for (int i = 0; i < n; i++) (*out)[i] = i * i; return 0; }
static void scale(double *v, int n, double k) { while (n--) *v++ *= k; }
int main(void) {
    int q, r, lo, hi;
    divmod(47, 5, &q, &r);
    int v[] = { 4, -2, 9, 0 };
    minmax(v, 4, &lo, &hi);
    printf("%d %d %d %d\n", q, r, lo, hi);
    int *sq;
    if (make(5, &sq) == 0) { printf("%d\n", sq[4]); free(sq); }
    double d[3] = { 1, 2, 3 };
    scale(d, 3, 0.5);
    printf("%.1f %.1f %.1f\n", d[0], d[1], d[2]);
    return 0;
}
