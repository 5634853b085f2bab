/* Returning from the middle of loops and switches, and exit() from a nested call. */
#include <stdio.h>
#include <stdlib.h>
static int find(const int *a, int n, int key) {
    for (int i = 0; i < n; i++) {
        switch (a[i] - key) {
        case 0: return i;
        default: break;
        }
    }
    return -1;
}
static void finish(int code) { printf("finishing with %d\n", code); exit(code); }
int main(void) {
    int a[] = { 5, 8, 13, 21 };
    printf("%d %d\n", find(a, 4, 13), find(a, 4, 4));
    for (int i = 0;; i++) if (i == 3) finish(0);
}
