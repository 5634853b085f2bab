/* A pointer into a VLA kept after its block ended: the array's storage is gone. */
#include <stdio.h>

int main(void) {
    int *kept;
    int n = 4;
    {
        int values[n];
        for (int i = 0; i < n; i++) values[i] = i * 10;
        kept = &values[2];
    }
    printf("%d\n", *kept); //~ ERROR: use-after-free
    return 0;
}
