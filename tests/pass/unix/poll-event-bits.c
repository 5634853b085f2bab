/* The companion bits each kind of fd reports to poll, as each kernel poll
   method sets them: pipes RDNORM/WRNORM, unix sockets also WRBAND, eventfd
   neither, an epoll fd IN|RDNORM; and poll/select argument errors. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <poll.h>
#include <stdint.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/select.h>
#include <sys/socket.h>

static void show(const char *what, long r) {
    int e = errno;
    printf("%-36s %4ld %s\n", what, r, r < 0 ? strerror(e) : "-");
}

#define TRY(what, call) do { errno = 0; long r_ = (long)(call); show(what, r_); } while (0)

static void revents(const char *what, int fd) {
    short all = POLLIN | POLLOUT | POLLRDNORM | POLLWRNORM | POLLRDBAND | POLLWRBAND | POLLPRI | POLLRDHUP | POLLMSG;
    struct pollfd p = { fd, all, 0 };
    int n = poll(&p, 1, 0);
    printf("%-36s %4d %#x\n", what, n, p.revents);
}

int main(void) {
    int e = eventfd(1, 0);
    revents("eventfd", e);
    int ep = epoll_create1(0);
    struct epoll_event ev = { EPOLLIN, { 0 } };
    epoll_ctl(ep, EPOLL_CTL_ADD, e, &ev);
    revents("epoll", ep);
    int types[3] = { SOCK_STREAM, SOCK_SEQPACKET, SOCK_DGRAM };
    const char *names[3] = { "stream", "seqpacket", "dgram" };
    for (int i = 0; i < 3; i++) {
        int s[2];
        socketpair(AF_UNIX, types[i], 0, s);
        send(s[1], "x", 1, 0);
        revents(names[i], s[0]);
        shutdown(s[1], SHUT_WR);
        revents(names[i], s[0]);
    }
    int p[2];
    pipe(p);
    write(p[1], "x", 1);
    revents("pipe read end", p[0]);
    revents("pipe write end", p[1]);
    uint64_t almost = 0xfffffffffffffffdULL;
    write(e, &almost, 8);
    revents("eventfd at its maximum", e);

    struct pollfd f[3] = { { p[0], POLLIN, 0 }, { -1, POLLIN, 77 }, { 99, POLLIN, 0 } };
    TRY("poll with fd -1 and a closed fd", poll(f, 3, 0));
    printf("revents %#x %#x %#x\n", f[0].revents, f[1].revents, f[2].revents);
    TRY("poll nfds 1 << 20", poll(f, 1u << 20, 0));
    TRY("poll nothing, 5 ms", poll(NULL, 0, 5));
    struct timeval tv = { 0, 0 };
    fd_set r;
    FD_ZERO(&r);
    FD_SET(40, &r);
    TRY("select a closed fd", select(41, &r, NULL, NULL, &tv));
    TRY("select nfds -1", select(-1, NULL, NULL, NULL, &tv));
    struct timeval bad = { 0, -1 };
    TRY("select tv_usec -1", select(0, NULL, NULL, NULL, &bad));
    struct timeval second = { 0, 1000000 };
    TRY("select tv_usec 1000000", select(0, NULL, NULL, NULL, &second));
    FD_ZERO(&r);
    FD_SET(p[0], &r);
    TRY("select nfds 1025", select(1025, &r, NULL, NULL, &tv));
    printf("readable %d\n", FD_ISSET(p[0], &r));
    struct timespec ts = { 0, -1 };
    TRY("ppoll tv_nsec -1", ppoll(f, 1, &ts, NULL));
    TRY("pselect tv_nsec -1", pselect(0, NULL, NULL, NULL, &ts, NULL));
    return 0;
}
