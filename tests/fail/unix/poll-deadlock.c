/* poll with an infinite timeout on the read end of a pipe that nobody will ever write to. */
#include <poll.h>
#include <unistd.h>

int main(void) {
    int p[2];
    pipe(p);
    struct pollfd fds[1] = { { p[0], POLLIN, 0 } };
    poll(fds, 1, -1); //~ ERROR: deadlock
    return 0;
}
