/* Sorting algorithms over the same pseudo-random input: insertion sort,
   recursive quicksort (Lomuto), and top-down merge sort with a heap
   scratch buffer. All three must agree. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N 200

static void insertion(int *a, int n) {
    for (int i = 1; i < n; i++) {
        int x = a[i], j = i - 1;
        while (j >= 0 && a[j] > x) {
            a[j + 1] = a[j];
            j--;
        }
        a[j + 1] = x;
    }
}

static void quick(int *a, int lo, int hi) {
    if (lo >= hi)
        return;
    int pivot = a[hi], i = lo;
    for (int j = lo; j < hi; j++)
        if (a[j] < pivot) {
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
            i++;
        }
    int t = a[i];
    a[i] = a[hi];
    a[hi] = t;
    quick(a, lo, i - 1);
    quick(a, i + 1, hi);
}

static void merge_rec(int *a, int *tmp, int lo, int hi) {
    if (hi - lo < 2)
        return;
    int mid = lo + (hi - lo) / 2;
    merge_rec(a, tmp, lo, mid);
    merge_rec(a, tmp, mid, hi);
    int i = lo, j = mid, k = lo;
    while (i < mid && j < hi)
        tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
    while (i < mid)
        tmp[k++] = a[i++];
    while (j < hi)
        tmp[k++] = a[j++];
    memcpy(a + lo, tmp + lo, (size_t)(hi - lo) * sizeof *a);
}

static void merge_sort(int *a, int n) {
    int *tmp = malloc((size_t)n * sizeof *tmp);
    if (!tmp)
        exit(1);
    merge_rec(a, tmp, 0, n);
    free(tmp);
}

int main(void) {
    int input[N], a[N], b[N], c[N];
    unsigned state = 2024;
    for (int i = 0; i < N; i++) {
        state = state * 1664525u + 1013904223u;
        input[i] = (int)(state >> 22) - 512;
    }
    memcpy(a, input, sizeof input);
    memcpy(b, input, sizeof input);
    memcpy(c, input, sizeof input);
    insertion(a, N);
    quick(b, 0, N - 1);
    merge_sort(c, N);
    printf("agree: %d %d\n", memcmp(a, b, sizeof a) == 0, memcmp(a, c, sizeof a) == 0);
    printf("min=%d max=%d median=%d\n", a[0], a[N - 1], a[N / 2]);
    for (int i = 0; i < N; i += 25)
        printf("%d ", c[i]);
    printf("\n");
    return 0;
}
