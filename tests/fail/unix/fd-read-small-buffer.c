/* read() is asked for more bytes than the buffer holds. Only a few bytes
   are waiting on stdin (none here), but the call may write the whole count,
   so the buffer is checked for all of it at the call. */
#include <unistd.h>

int main(void) {
    char buf[16];
    ssize_t n = read(0, buf, 64); //~ ERROR: out-of-bounds
    return n > 0;
}
