/* A matrix as an array of row pointers on the heap: allocation with
   cleanup on failure, transposition, and Pascal's triangle with rows of
   different lengths. */
#include <stdio.h>
#include <stdlib.h>

static void free_rows(long **rows, int n) {
    for (int i = 0; i < n; i++)
        free(rows[i]);
    free(rows);
}

static long **alloc_matrix(int rows, int cols) {
    long **m = malloc((size_t)rows * sizeof *m);
    if (!m)
        return NULL;
    for (int i = 0; i < rows; i++) {
        m[i] = calloc((size_t)cols, sizeof **m);
        if (!m[i]) {
            free_rows(m, i);
            return NULL;
        }
    }
    return m;
}

int main(void) {
    int r = 3, c = 5;
    long **m = alloc_matrix(r, c);
    if (!m)
        return 1;
    for (int i = 0; i < r; i++)
        for (int j = 0; j < c; j++)
            m[i][j] = i * 10 + j;
    long **t = alloc_matrix(c, r);
    if (!t) {
        free_rows(m, r);
        return 1;
    }
    for (int i = 0; i < r; i++)
        for (int j = 0; j < c; j++)
            t[j][i] = m[i][j];
    for (int i = 0; i < c; i++) {
        for (int j = 0; j < r; j++)
            printf("%3ld", t[i][j]);
        printf("\n");
    }
    free_rows(m, r);
    free_rows(t, c);

    int n = 10;
    long **pascal = malloc((size_t)n * sizeof *pascal);
    if (!pascal)
        return 1;
    for (int i = 0; i < n; i++) {
        pascal[i] = malloc((size_t)(i + 1) * sizeof **pascal);
        if (!pascal[i]) {
            free_rows(pascal, i);
            return 1;
        }
        pascal[i][0] = pascal[i][i] = 1;
        for (int j = 1; j < i; j++)
            pascal[i][j] = pascal[i - 1][j - 1] + pascal[i - 1][j];
    }
    for (int j = 0; j < n; j++)
        printf("%ld ", pascal[n - 1][j]);
    printf("\n");
    free_rows(pascal, n);
    return 0;
}
