/* Callbacks with context pointers: a generic for-each, a fold, and a filter over an int array. */
#include <stdio.h>
typedef void (*visit_fn)(int value, void *ctx);
typedef int (*pred_fn)(int value, const void *ctx);
static void for_each(const int *a, int n, visit_fn f, void *ctx) { for (int i = 0; i < n; i++) f(a[i], ctx); }
static int filter(const int *a, int n, int *out, pred_fn p, const void *ctx) { int k = 0; for (int i = 0; i < n; i++) if (p(a[i], ctx)) out[k++] = a[i]; return k; }
static void sum_into(int v, void *ctx) { *(long *)ctx += v; }
static void max_into(int v, void *ctx) { int *m = ctx; if (v > *m) *m = v; }
static int above(int v, const void *ctx) { return v > *(const int *)ctx; }
int main(void) {
    int a[] = { 4, -1, 9, 16, 3, 12 };
    long sum = 0;
    int max = a[0];
    for_each(a, 6, sum_into, &sum);
    for_each(a, 6, max_into, &max);
    int out[6], limit = 5;
    int k = filter(a, 6, out, above, &limit);
    printf("%ld %d %d:", sum, max, k);
    for (int i = 0; i < k; i++) printf(" %d", out[i]);
    printf("\n");
    return 0;
}
