/* A PROT_NONE guard mapping: ciri maps readable and writable memory only. */
#include <stddef.h>
#include <sys/mman.h>

int main(void) {
    void *guard = mmap(NULL, 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0); //~ ERROR: unsupported operation: `mmap` with protection PROT_NONE
    return guard == MAP_FAILED;
}
