/* epoll_ctl and epoll_wait errors as Linux reports them, readiness of socket pairs, nesting, and timeouts. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

static void report(const char *what, int r) {
    printf("%-40s %d", what, r);
    if (r < 0) printf(" (%s)", strerror(errno));
    printf("\n");
}

static int ctl(int ep, int op, int fd, unsigned events) {
    struct epoll_event ev = { .events = events };
    ev.data.fd = fd;
    errno = 0;
    return epoll_ctl(ep, op, fd, &ev);
}

static void events_of(int ep, const char *what) {
    struct epoll_event ev[4];
    int n = epoll_wait(ep, ev, 4, 0);
    printf("%-40s %d:", what, n);
    for (int i = 0; i < n; i++) printf(" fd %d %#x", ev[i].data.fd, ev[i].events);
    printf("\n");
}

int main(void) {
    errno = 0;
    report("epoll_create(0)", epoll_create(0));
    errno = 0;
    report("epoll_create1(1)", epoll_create1(1));
    int ep = epoll_create(1);
    int s[2];
    socketpair(AF_UNIX, SOCK_STREAM, 0, s);
    report("add", ctl(ep, EPOLL_CTL_ADD, s[0], EPOLLIN | EPOLLRDHUP));
    report("add again", ctl(ep, EPOLL_CTL_ADD, s[0], EPOLLIN));
    report("mod of an fd not in the set", ctl(ep, EPOLL_CTL_MOD, s[1], EPOLLIN));
    report("del of an fd not in the set", ctl(ep, EPOLL_CTL_DEL, s[1], 0));
    report("the epoll fd itself", ctl(ep, EPOLL_CTL_ADD, ep, EPOLLIN));
    report("on a socket instead of an epoll fd", ctl(s[1], EPOLL_CTL_ADD, s[0], EPOLLIN));
    report("closed fd", ctl(ep, EPOLL_CTL_ADD, 77, EPOLLIN));
    report("unknown op", ctl(ep, 9, s[1], EPOLLIN));
    report("EPOLLEXCLUSIVE with MOD", ctl(ep, EPOLL_CTL_MOD, s[0], EPOLLIN | EPOLLEXCLUSIVE));
    errno = 0;
    report("ADD with a null event", epoll_ctl(ep, EPOLL_CTL_ADD, s[1], NULL));
    struct epoll_event one;
    errno = 0;
    report("epoll_wait with maxevents 0", epoll_wait(ep, &one, 0, 0));
    errno = 0;
    report("epoll_wait on a socket", epoll_wait(s[0], &one, 1, 0));

    events_of(ep, "nothing yet");
    report("positive timeout, nothing ready", epoll_wait(ep, &one, 1, 30));
    write(s[1], "x", 1);
    events_of(ep, "data");
    shutdown(s[1], SHUT_WR);
    events_of(ep, "peer shut down writing");
    ctl(ep, EPOLL_CTL_MOD, s[0], 0);
    close(s[1]);
    events_of(ep, "peer closed, no events asked");

    int outer = epoll_create1(0);
    report("nest an epoll fd", ctl(outer, EPOLL_CTL_ADD, ep, EPOLLIN));
    report("loop back", ctl(ep, EPOLL_CTL_ADD, outer, EPOLLIN));
    events_of(outer, "outer sees the inner one ready");
    report("del", ctl(ep, EPOLL_CTL_DEL, s[0], 0));
    events_of(outer, "inner has nothing");
    return 0;
}
