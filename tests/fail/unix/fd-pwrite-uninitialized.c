/* pwrite(2) of a struct with padding bytes: the padding was never
   written, and pwrite hands every byte to the file. */
#include <fcntl.h>
#include <unistd.h>

struct record {
    char tag;
    int value;
};

int main(void) {
    struct record r;
    r.tag = 'r';
    r.value = 42;
    int fd = open("records.bin", O_RDWR | O_CREAT | O_TRUNC, 0600);
    if (fd < 0) return 1;
    return pwrite(fd, &r, sizeof r, 0) != (ssize_t)sizeof r; //~ ERROR: uninitialized
}
