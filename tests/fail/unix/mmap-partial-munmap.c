/* Unmapping the first page of a two-page mapping: the abstract machine unmaps a mapping whole or not at all. */
#include <sys/mman.h>
#include <unistd.h>

int main(void) {
    long page = sysconf(_SC_PAGESIZE);
    char *p = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        return 1;
    p[page] = 1;
    munmap(p, page); //~ ERROR: partial-munmap
    return p[page];
}
