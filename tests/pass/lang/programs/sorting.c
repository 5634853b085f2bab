/* Quicksort, mergesort and insertion sort over structs, with a comparison through function pointers. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct person { char name[12]; int age; };
typedef int (*cmp_fn)(const struct person *, const struct person *);
static int by_age(const struct person *a, const struct person *b) { return (a->age > b->age) - (a->age < b->age); }
static int by_name(const struct person *a, const struct person *b) { return strcmp(a->name, b->name); }
static void swap(struct person *a, struct person *b) { struct person t = *a; *a = *b; *b = t; }
static void quick(struct person *v, int lo, int hi, cmp_fn cmp) {
    if (lo >= hi) return;
    struct person pivot = v[(lo + hi) / 2];
    int i = lo, j = hi;
    while (i <= j) {
        while (cmp(&v[i], &pivot) < 0) i++;
        while (cmp(&v[j], &pivot) > 0) j--;
        if (i <= j) swap(&v[i++], &v[j--]);
    }
    quick(v, lo, j, cmp);
    quick(v, i, hi, cmp);
}
static void merge_sort(struct person *v, struct person *tmp, int n, cmp_fn cmp) {
    if (n < 2) return;
    int h = n / 2;
    merge_sort(v, tmp, h, cmp);
    merge_sort(v + h, tmp, n - h, cmp);
    int i = 0, j = h, k = 0;
    while (i < h && j < n) tmp[k++] = cmp(&v[i], &v[j]) <= 0 ? v[i++] : v[j++];
    while (i < h) tmp[k++] = v[i++];
    while (j < n) tmp[k++] = v[j++];
    memcpy(v, tmp, n * sizeof *v);
}
static void insertion(int *a, int n) { for (int i = 1; i < n; i++) { int x = a[i], j = i - 1; while (j >= 0 && a[j] > x) { a[j + 1] = a[j]; j--; } a[j + 1] = x; } }
int main(void) {
    struct person people[] = { { "mia", 31 }, { "ann", 25 }, { "zoe", 19 }, { "bob", 31 }, { "eve", 44 }, { "dan", 25 } };
    int n = sizeof people / sizeof people[0];
    quick(people, 0, n - 1, by_name);
    for (int i = 0; i < n; i++) printf("%s ", people[i].name);
    printf("\n");
    struct person *tmp = malloc(sizeof people);
    merge_sort(people, tmp, n, by_age);
    for (int i = 0; i < n; i++) printf("%s:%d ", people[i].name, people[i].age);
    printf("\n");
    free(tmp);
    int nums[10];
    unsigned seed = 12345;
    for (int i = 0; i < 10; i++) { seed = seed * 1103515245u + 12345u; nums[i] = (int)(seed >> 16) % 100; }
    insertion(nums, 10);
    for (int i = 0; i < 10; i++) printf("%d ", nums[i]);
    printf("\n");
    return 0;
}
