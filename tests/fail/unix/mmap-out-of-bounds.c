/* A mapping of 100 bytes is one page long: the byte after the page is out of bounds. */
#include <stddef.h>
#include <sys/mman.h>

int main(void) {
    char *p = mmap(NULL, 100, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        return 1;
    p[4095] = 'a'; /* the rest of the page is usable */
    p[4096] = 'b'; //~ ERROR: out-of-bounds
    return 0;
}
