/* Recursive algorithms: Towers of Hanoi, permutations, n-queens, flood fill. */
#include <stdio.h>
static int moves;
static void hanoi(int n, int from, int to, int via) { if (!n) return; hanoi(n - 1, from, via, to); moves++; hanoi(n - 1, via, to, from); }
static int perms;
static void permute(char *s, int k, int n) {
    if (k == n) { if (perms++ < 3) printf("%s ", s); return; }
    for (int i = k; i < n; i++) { char t = s[k]; s[k] = s[i]; s[i] = t; permute(s, k + 1, n); t = s[k]; s[k] = s[i]; s[i] = t; }
}
static int cols[8];
static int queens(int row, int n) {
    if (row == n) return 1;
    int count = 0;
    for (int c = 0; c < n; c++) {
        int ok = 1;
        for (int r = 0; r < row; r++) if (cols[r] == c || cols[r] - c == r - row || cols[r] - c == row - r) ok = 0;
        if (ok) { cols[row] = c; count += queens(row + 1, n); }
    }
    return count;
}
static char grid[5][6] = { "..#..", ".##..", "#...#", "..#..", "....." };
static int fill(int r, int c) {
    if (r < 0 || r >= 5 || c < 0 || c >= 5 || grid[r][c] != '.') return 0;
    grid[r][c] = 'o';
    return 1 + fill(r + 1, c) + fill(r - 1, c) + fill(r, c + 1) + fill(r, c - 1);
}
int main(void) {
    hanoi(10, 0, 2, 1);
    char s[] = "abcd";
    permute(s, 0, 4);
    printf("\n%d %d %d %d\n", moves, perms, queens(0, 8), fill(4, 4));
    return 0;
}
