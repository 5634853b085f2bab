/* Pointer arithmetic and comparison within one array, one past the end, subtraction, null comparisons, void and char pointers. */
#include <stdio.h>
#include <string.h>
#include <stddef.h>
int main(void) {
    double v[5] = { 1, 2, 3, 4, 5 };
    double *end = v + 5;
    double sum = 0;
    for (double *p = v; p != end; p++) sum += *p;
    printf("%.1f %td %d\n", sum, end - v, end > v);
    ptrdiff_t d = &v[1] - &v[4];
    printf("%td\n", d);
    unsigned char bytes[sizeof(double)];
    memcpy(bytes, &v[1], sizeof bytes);
    printf("%02x %02x\n", bytes[6], bytes[7]);
    void *vp = v;
    char *cp = vp;
    printf("%d\n", (double *)(cp + sizeof(double) * 2) == &v[2]);
    int *np = NULL;
    printf("%d %d\n", np == 0, !np);
    int m[3][4];
    printf("%td %td\n", &m[2][0] - &m[0][0], (char *)&m[1] - (char *)&m[0]);
    const char *s = "pointer";
    const char *q = strchr(s, 'n');
    printf("%td %s\n", q - s, q);
    int a = 1, *pa = &a, **ppa = &pa;
    **ppa = 5;
    printf("%d\n", a);
    return 0;
}
