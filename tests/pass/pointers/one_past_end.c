/* A pointer one past the last element may be formed and compared, but not
   dereferenced (C17 6.5.6p8). Loops here walk [begin, end) with such a pointer. */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>

static int sum_range(const int *begin, const int *end) {
    int s = 0;
    for (const int *p = begin; p != end; p++)
        s += *p;
    return s;
}

static const int *find(const int *begin, const int *end, int value) {
    for (; begin < end; begin++)
        if (*begin == value)
            return begin;
    return end; /* "not found" is the one-past-the-end pointer */
}

int main(void) {
    int a[6] = { 4, 8, 15, 16, 23, 42 };
    int *end = a + 6;
    printf("sum=%d\n", sum_range(a, end));
    const int *hit = find(a, end, 16);
    const int *miss = find(a, end, 99);
    printf("16 at index %td, 99 found: %d\n", hit - a, miss != end);
    printf("end - a = %td, end > a: %d\n", end - a, end > a);

    /* The same with a heap array and a pointer that walks backwards from end. */
    size_t n = 5;
    long *h = malloc(n * sizeof *h);
    if (!h)
        return 1;
    for (size_t i = 0; i < n; i++)
        h[i] = (long)(i * i);
    long *e = h + n;
    while (e != h) {
        --e;
        printf("%ld ", *e);
    }
    printf("\n");
    free(h);

    /* A single object behaves like an array of one element. */
    int single = 7;
    int *past = &single + 1;
    printf("one past a scalar: %td\n", past - &single);

    char text[] = "abc";
    char *t = text;
    while (*t)
        t++;
    printf("strlen by pointers=%td\n", t - text);
    return 0;
}
