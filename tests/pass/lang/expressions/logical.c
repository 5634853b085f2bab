/* Logical operators give int 0 or 1, short-circuit, and work on pointers and floats. */
#include <stdio.h>
int main(void) {
    int *np = 0;
    int x = 3;
    double z = 0.0, nz = 0.1;
    printf("%d %d %d %d\n", !np, !!x, z || nz, z && nz);
    printf("%d %d\n", np && *np, !np || *np);
    printf("%zu\n", sizeof(x && z));
    int count = 0;
    for (int i = 0; i < 10; i++) if (i % 2 == 0 && (count++, 1)) {}
    printf("%d\n", count);
    return 0;
}
