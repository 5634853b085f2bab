/* INT_MIN / -1 is INT_MAX + 1, which int cannot represent (C17 6.5.5p6). */
#include <limits.h>
#include <stdio.h>

int main(void) {
    int a = INT_MIN;
    int b = -1;
    int q = a / b; //~ ERROR: signed-overflow
    printf("%d\n", q);
    return 0;
}
