/* Reading past the end of a local array, into whatever else is in the frame. */
#include <stdio.h>

int main(void) {
    int a[4] = { 1, 2, 3, 4 };
    int i = 4;
    int x = a[i]; //~ ERROR: out-of-bounds
    printf("%d\n", x);
    return 0;
}
