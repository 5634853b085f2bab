/* Generic code with void pointers: a byte-wise swap, a generic insertion sort
   taking a comparison function, and a generic maximum. */
#include <stdio.h>
#include <string.h>

static void swap_bytes(void *a, void *b, size_t size) {
    unsigned char *x = a, *y = b;
    for (size_t i = 0; i < size; i++) {
        unsigned char t = x[i];
        x[i] = y[i];
        y[i] = t;
    }
}

static void insertion_sort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *)) {
    char *arr = base;
    for (size_t i = 1; i < n; i++)
        for (size_t j = i; j > 0 && cmp(arr + (j - 1) * size, arr + j * size) > 0; j--)
            swap_bytes(arr + (j - 1) * size, arr + j * size, size);
}

static int cmp_int(const void *a, const void *b) {
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

static int cmp_double_desc(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x < y) - (x > y);
}

struct person {
    char name[12];
    int age;
};

static int cmp_person(const void *a, const void *b) {
    const struct person *p = a, *q = b;
    if (p->age != q->age)
        return p->age - q->age;
    return strcmp(p->name, q->name);
}

int main(void) {
    int ints[] = { 5, -3, 9, 0, 9, 2 };
    insertion_sort(ints, 6, sizeof ints[0], cmp_int);
    for (int i = 0; i < 6; i++)
        printf("%d ", ints[i]);
    printf("\n");

    double ds[] = { 1.5, -2.25, 3.75, 0.0 };
    insertion_sort(ds, 4, sizeof ds[0], cmp_double_desc);
    for (int i = 0; i < 4; i++)
        printf("%.2f ", ds[i]);
    printf("\n");

    struct person people[] = { { "mallory", 40 }, { "alice", 30 }, { "bob", 30 }, { "eve", 25 } };
    insertion_sort(people, 4, sizeof people[0], cmp_person);
    for (int i = 0; i < 4; i++)
        printf("%s(%d) ", people[i].name, people[i].age);
    printf("\n");

    void *vp = &people[1];
    struct person *back = vp;
    printf("round trip: %s\n", back->name);
    return 0;
}
