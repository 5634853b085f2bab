/* sizeof on VLA types and objects, VLA typedefs fixed when declared, and sizes of pointers to VLAs. */
#include <stdio.h>
int main(int argc, char **argv) {
    (void)argv;
    int n = argc + 2;
    typedef double row[n];
    n = 50;
    row r;
    double grid[n][4];
    printf("%zu %zu %zu %zu\n", sizeof r, sizeof(row), sizeof grid, sizeof grid[0]);
    printf("%zu %zu\n", sizeof(int[n]), sizeof(char[n][n]));
    row *rp = &r;
    printf("%zu %zu\n", sizeof rp, sizeof *rp);
    return 0;
}
