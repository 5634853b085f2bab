/* Reading a mapping after munmap took it away. */
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

int main(void) {
    char *msg = mmap(NULL, 32, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (msg == MAP_FAILED)
        return 1;
    strcpy(msg, "mapped");
    munmap(msg, 32);
    return *msg == 'm'; //~ ERROR: use-after-free
}
