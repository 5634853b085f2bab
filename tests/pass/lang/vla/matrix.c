/* Matrix code with VLAs: rows indexed through pointers to VLAs, a VLA of structs, lifetimes across goto and loops. */
#include <stdio.h>
#include <stdlib.h>
struct cell { int r, c; };
int main(int argc, char **argv) {
    (void)argv;
    int rows = 3 + argc, cols = 4;
    double (*m)[cols] = malloc(rows * sizeof *m);
    for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) m[i][j] = i * 10 + j;
    double sum = 0;
    for (int i = 0; i < rows; i++) sum += m[i][cols - 1];
    printf("%.1f %zu\n", sum, sizeof m[0]);
    free(m);
    struct cell cells[rows];
    for (int i = 0; i < rows; i++) cells[i] = (struct cell){ i, rows - i };
    printf("%d %d %zu\n", cells[rows - 1].r, cells[0].c, sizeof cells);
    int round = 0;
again:
    {
        int scratch[round + 1];
        scratch[round] = round;
        if (++round < 3) goto again;
        printf("%d %zu\n", scratch[2], sizeof scratch);
    }
    int grid[rows][cols];
    int (*row)[cols] = grid;
    row[1][2] = 42;
    printf("%d %td\n", grid[1][2], (char *)&grid[2] - (char *)&grid[1]);
    return 0;
}
