/* Level- and edge-triggered epoll on a pipe, one-shot interests and re-arming with EPOLL_CTL_MOD. */
#include <stdio.h>
#include <sys/epoll.h>
#include <unistd.h>

static int wait_once(int ep) {
    struct epoll_event ev[4];
    int n = epoll_wait(ep, ev, 4, 0);
    for (int i = 0; i < n; i++) printf("  fd %d events %#x\n", ev[i].data.fd, ev[i].events);
    return n;
}

static int watch(int ep, int op, int fd, unsigned events) {
    struct epoll_event ev = { .events = events };
    ev.data.fd = fd;
    return epoll_ctl(ep, op, fd, &ev);
}

int main(void) {
    int p[2];
    if (pipe(p) != 0) return 1;
    int ep = epoll_create1(0);
    char c;

    printf("level-triggered:\n");
    watch(ep, EPOLL_CTL_ADD, p[0], EPOLLIN);
    printf(" empty: %d\n", wait_once(ep));
    write(p[1], "ab", 2);
    printf(" data: %d\n", wait_once(ep));
    printf(" again: %d\n", wait_once(ep));
    read(p[0], &c, 1);
    read(p[0], &c, 1);
    printf(" drained: %d\n", wait_once(ep));

    printf("edge-triggered:\n");
    watch(ep, EPOLL_CTL_MOD, p[0], EPOLLIN | EPOLLET);
    write(p[1], "x", 1);
    printf(" first write: %d\n", wait_once(ep));
    printf(" no new edge: %d\n", wait_once(ep));
    write(p[1], "y", 1);
    printf(" second write: %d\n", wait_once(ep));
    read(p[0], &c, 1);
    read(p[0], &c, 1);

    printf("one-shot:\n");
    watch(ep, EPOLL_CTL_MOD, p[0], EPOLLIN | EPOLLONESHOT);
    write(p[1], "z", 1);
    printf(" fired: %d\n", wait_once(ep));
    write(p[1], "z", 1);
    printf(" disabled: %d\n", wait_once(ep));
    watch(ep, EPOLL_CTL_MOD, p[0], EPOLLIN | EPOLLONESHOT);
    printf(" re-armed: %d\n", wait_once(ep));

    printf("write end:\n");
    watch(ep, EPOLL_CTL_DEL, p[0], 0);
    watch(ep, EPOLL_CTL_ADD, p[1], EPOLLOUT);
    printf(" writable: %d\n", wait_once(ep));
    close(p[0]);
    printf(" reader gone: %d\n", wait_once(ep));
    close(p[1]);
    printf(" closed fd leaves the set: %d\n", wait_once(ep));
    close(ep);
    return 0;
}
