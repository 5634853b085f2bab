/* The iovec count says three, the array has two: the call reads past the
   array itself before touching any buffer. */
#include <sys/uio.h>

static ssize_t send_parts(struct iovec *parts, int count) {
    return writev(1, parts, count); //~ ERROR: out-of-bounds
}

int main(void) {
    char a[] = "one ", b[] = "two\n";
    struct iovec iov[2] = { { a, 4 }, { b, 4 } };
    return send_parts(iov, 3) < 0;
}
