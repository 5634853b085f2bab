/* An anonymous private mapping: page-aligned, zero-filled, rounded up to whole pages, unmapped whole. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

int main(void) {
    long page = sysconf(_SC_PAGESIZE);
    printf("page size %ld, getpagesize %d\n", page, getpagesize());

    char *p = mmap(NULL, 100, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        return 1;
    printf("aligned: %d\n", (uintptr_t)p % (uintptr_t)page == 0);

    /* The whole last page is usable and starts out zero. */
    int zeros = 0;
    for (long i = 0; i < page; i++)
        zeros += p[i] == 0;
    printf("zero bytes: %d\n", zeros);
    strcpy(p + page - 6, "tail!");
    printf("%s\n", p + page - 6);

    /* munmap rounds the length up to the page, so 100 covers the mapping. */
    printf("munmap: %d\n", munmap(p, 100));

    /* A larger mapping holding an array of longs. */
    size_t n = 3 * (size_t)page / sizeof(long);
    long *a = mmap(NULL, n * sizeof(long), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (a == MAP_FAILED)
        return 1;
    long sum = 0;
    for (size_t i = 0; i < n; i++)
        a[i] = (long)i;
    for (size_t i = 0; i < n; i++)
        sum += a[i];
    printf("sum of %zu longs: %ld\n", n, sum);
    printf("munmap: %d\n", munmap(a, n * sizeof(long)));
    return 0;
}
