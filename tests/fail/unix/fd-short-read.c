//@ seed: 1
/* A program that assumes read(2) returns everything it asked for: under
   this seed the read from the regular file is short, and the bytes it did
   not fill are still uninitialized when memcmp compares them. */
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

int main(void) {
    const char msg[16] = "sixteen bytes!!";
    int fd = open("data.bin", O_RDWR | O_CREAT | O_TRUNC, 0600);
    if (fd < 0) return 1;
    for (size_t done = 0; done < sizeof msg;) {
        ssize_t k = write(fd, msg + done, sizeof msg - done);
        if (k <= 0) return 1;
        done += (size_t)k;
    }
    lseek(fd, 0, SEEK_SET);
    char buf[16];
    if (read(fd, buf, sizeof buf) < 0) return 1; /* a short read is not an error */
    return memcmp(buf, msg, sizeof msg) != 0; //~ ERROR: uninitialized
}
