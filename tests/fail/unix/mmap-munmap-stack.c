/* munmap of a local array, which no mmap ever mapped. */
#include <sys/mman.h>

static int release(void *p, size_t n) {
    return munmap(p, n); //~ ERROR: mismatched-deallocation
}

int main(void) {
    _Alignas(4096) char page[4096];
    page[0] = 0;
    return release(page, sizeof page);
}
