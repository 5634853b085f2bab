/* A blocking read of an eventfd whose counter is 0, with no other thread to add to it. */
#include <stdint.h>
#include <sys/eventfd.h>
#include <unistd.h>

int main(void) {
    int efd = eventfd(0, 0);
    uint64_t v = 2;
    write(efd, &v, sizeof v);
    read(efd, &v, sizeof v);
    read(efd, &v, sizeof v); //~ ERROR: deadlock
    return 0;
}
