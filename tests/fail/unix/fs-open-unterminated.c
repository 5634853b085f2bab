/* The path handed to open has no terminating NUL inside its array. */
#include <fcntl.h>

int main(void) {
    char path[4] = {'d', 'a', 't', 'a'};
    int fd = open(path, O_RDONLY); //~ ERROR: out-of-bounds
    return fd < 0;
}
