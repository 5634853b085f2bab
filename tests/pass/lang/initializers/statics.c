/* Static initializers: addresses of globals and functions, address arithmetic, strings in arrays of pointers, zero fill. */
#include <stdio.h>
static int data[4] = { 1, 2, 3, 4 };
static int *mid = &data[2];
static int *end = data + 4;
static int zeroes[5];
static const char *names[] = { "alpha", "beta", 0 };
static int twice(int x) { return 2 * x; }
static int (*fns[])(int) = { twice, 0 };
struct cfg { const char *key; int val; int *ptr; };
static struct cfg cfgs[] = { { "a", 1, &data[0] }, { "b", 2, 0 } };
static char buf[10] = "xyz";
static double ratio = 1.0 / 3;
static unsigned long addr_diff = sizeof data / sizeof data[0];
int main(void) {
    printf("%d %ld %d\n", *mid, (long)(end - data), zeroes[4]);
    for (const char **n = names; *n; n++) printf("%s ", *n);
    printf("\n%d %d\n", fns[0](21), fns[1] == 0);
    printf("%s %d %d %d\n", cfgs[0].key, *cfgs[0].ptr, cfgs[1].val, cfgs[1].ptr == 0);
    printf("%s %d %.4f %lu\n", buf, buf[9], ratio, addr_diff);
    return 0;
}
