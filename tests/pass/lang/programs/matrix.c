/* A small matrix library: multiplication, transpose, determinant by Gaussian elimination, identity check. */
#include <stdio.h>
#include <stdlib.h>
#include <math.h>
typedef struct { int r, c; double *a; } mat;
static mat make(int r, int c) { mat m = { r, c, calloc((size_t)r * c, sizeof(double)) }; return m; }
#define AT(m, i, j) ((m).a[(i) * (m).c + (j)])
static mat mul(mat x, mat y) { mat z = make(x.r, y.c); for (int i = 0; i < x.r; i++) for (int j = 0; j < y.c; j++) for (int k = 0; k < x.c; k++) AT(z, i, j) += AT(x, i, k) * AT(y, k, j); return z; }
static mat transpose(mat x) { mat t = make(x.c, x.r); for (int i = 0; i < x.r; i++) for (int j = 0; j < x.c; j++) AT(t, j, i) = AT(x, i, j); return t; }
static double det(mat x) {
    mat m = make(x.r, x.c);
    for (int i = 0; i < x.r * x.c; i++) m.a[i] = x.a[i];
    double d = 1;
    for (int col = 0; col < m.c; col++) {
        int p = col;
        for (int r = col + 1; r < m.r; r++) if (fabs(AT(m, r, col)) > fabs(AT(m, p, col))) p = r;
        if (AT(m, p, col) == 0) { free(m.a); return 0; }
        if (p != col) { for (int j = 0; j < m.c; j++) { double t = AT(m, p, j); AT(m, p, j) = AT(m, col, j); AT(m, col, j) = t; } d = -d; }
        d *= AT(m, col, col);
        for (int r = col + 1; r < m.r; r++) { double f = AT(m, r, col) / AT(m, col, col); for (int j = col; j < m.c; j++) AT(m, r, j) -= f * AT(m, col, j); }
    }
    free(m.a);
    return d;
}
int main(void) {
    mat a = make(3, 3);
    double vals[] = { 2, -1, 0, -1, 2, -1, 0, -1, 2 };
    for (int i = 0; i < 9; i++) a.a[i] = vals[i];
    mat t = transpose(a), p = mul(a, t);
    for (int i = 0; i < 3; i++) printf("%g %g %g\n", AT(p, i, 0), AT(p, i, 1), AT(p, i, 2));
    printf("det %.3f %.3f\n", det(a), det(p));
    free(a.a); free(t.a); free(p.a);
    return 0;
}
