/* readv(2) with an iovec whose length is larger than its buffer: every
   buffer is checked over its whole length before the call reads, even
   though the input is empty and nothing would have been stored. */
#include <sys/uio.h>

int main(void) {
    char head[4], body[8];
    struct iovec iov[2] = { { head, sizeof head }, { body, 16 } };
    return readv(0, iov, 2) < 0; //~ ERROR: out-of-bounds
}
