/* Which changes make a new edge for edge-triggered interests: Linux's keyed wake-ups on pipes and socket pairs. */
#include <stdio.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

static int watch(int fd, unsigned events) {
    int ep = epoll_create1(0);
    struct epoll_event ev = { .events = events | EPOLLET };
    ev.data.fd = fd;
    epoll_ctl(ep, EPOLL_CTL_ADD, fd, &ev);
    return ep;
}

static int edges(int ep) {
    struct epoll_event ev[2];
    return epoll_wait(ep, ev, 2, 0);
}

int main(void) {
    char c;
    int p[2];
    pipe(p);
    int pipe_out = watch(p[1], EPOLLOUT);
    printf("pipe, EPOLLOUT: added %d", edges(pipe_out));
    write(p[1], "a", 1);
    printf(", after a write %d", edges(pipe_out));
    read(p[0], &c, 1);
    printf(", after a read that did not free a full pipe %d\n", edges(pipe_out));

    int pipe_in = watch(p[0], EPOLLIN);
    write(p[1], "a", 1);
    printf("pipe, EPOLLIN: after a write %d", edges(pipe_in));
    write(p[1], "b", 1);
    printf(", after another write %d\n", edges(pipe_in));

    int s[2];
    socketpair(AF_UNIX, SOCK_STREAM, 0, s);
    int sock_out = watch(s[0], EPOLLOUT);
    printf("socket, EPOLLOUT: added %d", edges(sock_out));
    write(s[0], "a", 1);
    printf(", after a write %d", edges(sock_out));
    read(s[1], &c, 1);
    printf(", after the peer read %d\n", edges(sock_out));

    int sock_in = watch(s[1], EPOLLIN);
    write(s[0], "a", 1);
    printf("socket, EPOLLIN: after a write %d", edges(sock_in));
    write(s[0], "b", 1);
    printf(", after another write %d\n", edges(sock_in));
    return 0;
}
