/* A counter incremented past INT_MAX. */
#include <limits.h>
#include <stdio.h>

int main(void) {
    int counter = INT_MAX - 2;
    for (int i = 0; i < 3; i++)
        counter++; //~ ERROR: signed-overflow
    printf("%d\n", counter);
    return 0;
}
