/* Defined orders of evaluation: &&, ||, ?:, comma, and full expressions between statements. */
#include <stdio.h>
static int trace[16], n;
static int mark(int v) { trace[n++] = v; return v; }
int main(void) {
    if (mark(0) && mark(1)) mark(2);
    if (mark(3) || mark(4)) mark(5);
    int r = mark(0) ? mark(6) : mark(7);
    int s = (mark(8), mark(9));
    for (int i = 0; i < n; i++) printf("%d ", trace[i]);
    printf("| %d %d\n", r, s);
    int x = 1;
    x = x + 1, x = x * 3;
    printf("%d\n", x);
    int i = 0;
    int arr[3] = { 0 };
    arr[i] = i + 1; i++;
    arr[i] = i + 1;
    printf("%d %d\n", arr[0], arr[1]);
    return 0;
}
