/* Block scope: shadowing in nested blocks, for-loop scope, names declared after use in an outer scope. */
#include <stdio.h>
int x = 1;
int main(void) {
    printf("%d ", x);
    int x = 2;
    printf("%d ", x);
    {
        printf("%d ", x);
        int x = 3;
        printf("%d ", x);
        for (int x = 4; x < 5; x++) printf("%d ", x);
        printf("%d ", x);
    }
    printf("%d\n", x);
    {
        extern int x;
        printf("%d\n", x);
    }
    return 0;
}
