/* poll given one more pollfd than the array holds. */
#include <poll.h>
#include <unistd.h>

int main(void) {
    int p[2];
    pipe(p);
    struct pollfd fds[2] = { { p[0], POLLIN, 0 }, { p[1], POLLOUT, 0 } };
    poll(fds, 3, 0); //~ ERROR: out-of-bounds
    return 0;
}
