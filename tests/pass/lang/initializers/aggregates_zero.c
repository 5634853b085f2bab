/* {0} and {} zero every member; automatic aggregates with partial initializers zero the rest; static ones start zeroed. */
#include <stdio.h>
struct cfg { int a; double b; char name[8]; int *p; struct { short s; } in; };
static struct cfg global_cfg;
int main(void) {
    struct cfg z = { 0 };
    struct cfg e = {};
    struct cfg part = { .b = 1.5 };
    int arr[5] = { 1 };
    printf("%d %.1f %d %d %d\n", z.a, z.b, z.name[7], z.p == 0, z.in.s);
    printf("%d %.1f %d\n", e.a, e.b, e.in.s);
    printf("%d %.1f %d %d\n", part.a, part.b, part.name[0], part.p == 0);
    printf("%d %d %d\n", arr[0], arr[4], global_cfg.p == 0);
    return 0;
}
