/* MAP_FIXED places a mapping at a chosen address, which ciri's abstract machine does not do. */
#include <sys/mman.h>

int main(void) {
    void *want = (void *)0x200000000;
    void *p = mmap(want, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0); //~ ERROR: unsupported operation: `mmap` with MAP_FIXED
    return p == want ? 0 : 1;
}
