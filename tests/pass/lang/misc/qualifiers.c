/* const, volatile and restrict in declarations, pointers to const, const pointers, casts that add qualifiers. */
#include <stdio.h>
static int sum(const int *restrict a, int n) { int s = 0; for (int i = 0; i < n; i++) s += a[i]; return s; }
int main(void) {
    int v[3] = { 1, 2, 3 };
    const int *pc = v;
    int *const cp = v;
    const int *const cpc = v + 1;
    *cp = 10;
    volatile int vol = 5;
    vol += 1;
    const volatile int *pcv = &v[2];
    printf("%d %d %d %d %d\n", *pc, *cpc, vol, *pcv, sum(v, 3));
    const char *strs[] = { "a", "b" };
    const char *const *ps = strs;
    printf("%s\n", ps[1]);
    return 0;
}
