/* do-while loops that run at least once, with break and continue, digits of numbers, and a menu-style loop. */
#include <stdio.h>
int main(void) {
    int n = 0;
    do n++; while (0);
    printf("%d\n", n);
    unsigned v = 907;
    int digits = 0, sum = 0;
    do { sum += v % 10; digits++; v /= 10; } while (v);
    printf("%d %d\n", digits, sum);
    int step = 0;
    do {
        step++;
        if (step == 2) continue;
        if (step == 5) break;
        printf("step %d\n", step);
    } while (step < 10);
    return 0;
}
