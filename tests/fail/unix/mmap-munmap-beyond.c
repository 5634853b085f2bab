/* munmap of a range that covers a mapping and the page after it. */
#include <stddef.h>
#include <sys/mman.h>

int main(void) {
    char *p = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        return 1;
    return munmap(p, 2 * 4096); //~ ERROR: unsupported operation: `munmap` of 8192 bytes
}
