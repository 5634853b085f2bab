/* A search that returns from inside its loop and falls off the end when
   the key is absent; the caller uses the result. */
#include <stdio.h>

static int find(const int *a, int n, int key) {
    for (int i = 0; i < n; i++)
        if (a[i] == key)
            return i;
}

int main(void) {
    int a[4] = { 3, 1, 4, 1 };
    printf("%d\n", find(a, 4, 4));
    int where = find(a, 4, 9); //~ ERROR: missing-return
    printf("%d\n", where);
    return 0;
}
