/* Two-dimensional arrays: indexing, pointers to rows (int (*)[N]), passing
   to functions, and matrix multiplication. */
#include <stdio.h>

#define N 3

static void multiply(int a[N][N], int b[N][N], int out[N][N]) {
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            int s = 0;
            for (int k = 0; k < N; k++)
                s += a[i][k] * b[k][j];
            out[i][j] = s;
        }
}

static void print_matrix(int (*m)[N]) {
    for (int i = 0; i < N; i++) {
        for (int j = 0; j < N; j++)
            printf("%4d", m[i][j]);
        printf("\n");
    }
}

static int trace(int (*m)[N]) {
    int t = 0;
    for (int i = 0; i < N; i++)
        t += m[i][i];
    return t;
}

int main(void) {
    int a[N][N] = { { 1, 2, 3 }, { 4, 5, 6 }, { 7, 8, 9 } };
    int id[N][N] = { { 1 }, { 0, 1 }, { 0, 0, 1 } };
    int r[N][N];
    multiply(a, id, r);
    print_matrix(r);
    multiply(a, a, r);
    print_matrix(r);
    printf("trace=%d\n", trace(r));

    int (*row)[N] = a + 1;
    printf("row 1: %d %d %d\n", (*row)[0], row[0][1], *(*row + 2));
    printf("sizeof a=%zu sizeof a[0]=%zu sizeof *row=%zu\n", sizeof a, sizeof a[0], sizeof *row);

    char board[3][4] = { "x.o", ".x.", "o.x" };
    for (int i = 0; i < 3; i++)
        printf("%s\n", board[i]);
    int diag = board[0][0] == board[1][1] && board[1][1] == board[2][2];
    printf("diagonal win: %d\n", diag);
    return 0;
}
