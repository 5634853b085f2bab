/* Expressions that look close to unsequenced but are well defined:
   sequence points of && || ?: and the comma operator, an assignment whose
   right side reads the target, different members and bit-fields of one
   struct, different elements of one array, and a call whose body has its
   own sequence points. */
#include <stdio.h>

struct flags { unsigned a : 3, b : 5; int x, y; };

static int bump(int *p) { return ++*p; }

int main(void) {
    int i = 0, j = 0, a[4] = {1, 2, 3, 4};
    struct flags f = {1, 2, 3, 4};
    i = i + 1;
    a[i] = i;
    j = i++ + 1;
    f.x = f.y++;
    f.a = f.b++;
    a[0] = a[1]++;
    i = (j++, j);
    int k = i && i++;
    k = i ? i++ : i--;
    k = (i++, i) + 1;
    k += bump(&k);
    for (int n = 0, m = 3; n < m; n++, m--)
        a[n] = a[m];
    printf("%d %d %d %d %d %d %d %d %d %d %d\n", i, j, k, a[0], a[1], a[2], a[3], f.a, f.b, f.x, f.y);
    return 0;
}
