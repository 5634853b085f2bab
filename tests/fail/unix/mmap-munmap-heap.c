/* munmap of a malloc'd block: only free may release it. */
#include <stdlib.h>
#include <sys/mman.h>

int main(void) {
    char *buf = malloc(4096);
    if (!buf)
        return 1;
    buf[0] = 'x';
    munmap(buf, 4096); //~ ERROR: mismatched-deallocation
    return 0;
}
