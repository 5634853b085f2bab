/* VLA parameters: int a[r][c] with sizes named by earlier parameters, [*] in prototypes. */
#include <stdio.h>
static double trace(int n, double m[n][n]) { double t = 0; for (int i = 0; i < n; i++) t += m[i][i]; return t; }
static void fill(int r, int c, int a[r][c]) { for (int i = 0; i < r; i++) for (int j = 0; j < c; j++) a[i][j] = i * c + j; }
void proto(int n, int m[n][n]);
void star(int n, int m[*][*]);
int main(void) {
    double m[3][3] = { { 1, 2, 3 }, { 4, 5, 6 }, { 7, 8, 9 } };
    int k = 4;
    int a[2][k];
    fill(2, k, a);
    printf("%.1f %d %d\n", trace(3, m), a[1][3], a[0][2]);
    return 0;
}
