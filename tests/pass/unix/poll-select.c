/* poll and select on pipes and socket pairs: the events Linux reports, POLLNVAL, EBADF, and the time select leaves. */
#define _GNU_SOURCE
#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <unistd.h>

static void poll_all(const char *what, struct pollfd *fds, int n) {
    int r = poll(fds, n, 0);
    printf("%-30s %d:", what, r);
    for (int i = 0; i < n; i++) printf(" %#x", fds[i].revents);
    printf("\n");
}

int main(void) {
    int p[2], s[2];
    pipe(p);
    socketpair(AF_UNIX, SOCK_STREAM, 0, s);
    short want = POLLIN | POLLOUT | POLLRDHUP;
    struct pollfd fds[5] = { { p[0], want, 0 }, { p[1], want, 0 }, { s[0], want, 0 }, { 99, POLLIN, 0 }, { -1, POLLIN, 0 } };
    poll_all("fresh", fds, 5);
    write(p[1], "x", 1);
    write(s[1], "y", 1);
    poll_all("after writes", fds, 5);
    shutdown(s[1], SHUT_WR);
    poll_all("peer shut down writing", fds, 5);
    close(p[1]);
    fds[1].fd = -1;
    poll_all("pipe writer closed", fds, 5);
    printf("poll with a timeout and nothing ready: %d\n", poll(fds + 4, 1, 25));

    fd_set rd, wr;
    FD_ZERO(&rd);
    FD_ZERO(&wr);
    FD_SET(p[0], &rd);
    FD_SET(s[0], &rd);
    FD_SET(s[0], &wr);
    struct timeval tv = { 1, 500000 };
    int r = select(s[0] + 1, &rd, &wr, NULL, &tv);
    printf("select: %d, read %d %d, write %d, more than a second left %d\n", r, FD_ISSET(p[0], &rd), FD_ISSET(s[0], &rd),
           FD_ISSET(s[0], &wr), tv.tv_sec == 1);

    char buf[4];
    read(p[0], buf, sizeof buf);
    int q[2];
    pipe(q);
    FD_ZERO(&rd);
    FD_SET(q[0], &rd);
    tv.tv_sec = 0;
    tv.tv_usec = 20000;
    r = select(q[0] + 1, &rd, NULL, NULL, &tv);
    printf("select timing out: %d, set %d, time left %ld.%06ld\n", r, FD_ISSET(q[0], &rd), (long)tv.tv_sec, (long)tv.tv_usec);

    FD_ZERO(&rd);
    FD_SET(60, &rd);
    errno = 0;
    r = select(61, &rd, NULL, NULL, NULL);
    printf("select on a closed fd: %d (%s)\n", r, strerror(errno));
    tv.tv_sec = -1;
    errno = 0;
    r = select(1, NULL, NULL, NULL, &tv);
    printf("select with a negative time: %d (%s)\n", r, strerror(errno));
    return 0;
}
