/* Relational comparison of pointers within one array, equality with null and across objects, one-past-the-end. */
#include <stdio.h>
int main(void) {
    int a[5], b;
    int *first = a, *last = a + 4, *end = a + 5;
    printf("%d %d %d\n", first < last, last < end, end > first);
    printf("%d %d\n", &a[2] == a + 2, (void *)&b != (void *)a);
    int count = 0;
    for (int *p = a; p < end; p++) count++;
    printf("%d\n", count);
    char s[] = "compare";
    char *mid = s + 3;
    printf("%d %td\n", mid >= s && mid < s + sizeof s, mid - s);
    return 0;
}
