/* A loop fills all but the last element; the sum reads the last one. */
#include <stdio.h>

int main(void) {
    int a[8];
    for (int i = 0; i < 7; i++)
        a[i] = i;
    int sum = 0;
    for (int i = 0; i < 8; i++)
        sum += a[i]; //~ ERROR: uninitialized-read
    printf("%d\n", sum);
    return 0;
}
