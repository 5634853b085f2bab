/* Unmapping a mapping twice: the second munmap could take away whatever was mapped there since. */
#include <stddef.h>
#include <sys/mman.h>

int main(void) {
    void *p = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        return 1;
    munmap(p, 4096);
    munmap(p, 4096); //~ ERROR: double-free
    return 0;
}
