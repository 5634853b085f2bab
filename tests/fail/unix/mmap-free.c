/* free of mapped memory: a mapping must be released with munmap. */
#include <stdlib.h>
#include <sys/mman.h>

int main(void) {
    int *v = mmap(NULL, 64 * sizeof(int), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (v == MAP_FAILED)
        return 1;
    v[0] = 42;
    free(v); //~ ERROR: mismatched-deallocation
    return 0;
}
