/* An off-by-one loop bound (<= instead of <) writing past a global array. */
#include <stdio.h>

int table[8];

int main(void) {
    for (int i = 0; i <= 8; i++)
        table[i] = i * i; //~ ERROR: out-of-bounds
    printf("%d\n", table[7]);
    return 0;
}
