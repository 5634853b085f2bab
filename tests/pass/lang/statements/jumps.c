/* goto forward and backward across blocks, labelled statements, break and continue in nested loops, do-while with continue. */
#include <stdio.h>
int main(void) {
    int i = 0;
again:
    if (i < 3) { i++; goto again; }
    printf("%d\n", i);
    for (int a = 0; a < 3; a++) {
        for (int b = 0; b < 3; b++) {
            if (b == 1) continue;
            if (a == 2) goto out;
            printf("%d%d ", a, b);
        }
    }
out:
    printf("\n");
    int n = 0;
    do { n++; if (n % 2) continue; printf("%d ", n); } while (n < 6);
    printf("\n");
    int k = 0;
    while (1) { if (++k > 4) break; }
    {
        goto inner;
        printf("skipped\n");
inner:;
        printf("inner %d\n", k);
    }
    int count = 0;
    for (;;) { if (count++ == 2) break; }
    printf("%d\n", count);
    return 0;
}
