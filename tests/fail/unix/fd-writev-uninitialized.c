/* writev gathers a header and a body; the body was never filled in. The
   bytes would leave the program, so every byte must be initialized. */
#include <string.h>
#include <sys/uio.h>

int main(void) {
    char header[8];
    char body[32];
    memcpy(header, "HDR1234\n", 8);
    memset(body, 'x', 16); /* only half of it */
    struct iovec iov[2] = { { header, sizeof header }, { body, sizeof body } };
    return writev(1, iov, 2) < 0; //~ ERROR: uninitialized-read
}
