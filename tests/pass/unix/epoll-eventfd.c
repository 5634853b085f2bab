/* Edge-triggered epoll on an eventfd: a write and a read each make a new edge for the events they may change. */
#include <stdint.h>
#include <stdio.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

static void show(int ep, const char *what) {
    struct epoll_event ev[2];
    int n = epoll_wait(ep, ev, 2, 0);
    printf("%-22s %d", what, n);
    for (int i = 0; i < n; i++) printf(" [%#x %u]", ev[i].events, ev[i].data.u32);
    printf("\n");
}

int main(void) {
    int efd = eventfd(0, EFD_NONBLOCK);
    int both = epoll_create1(EPOLL_CLOEXEC);
    int out_only = epoll_create1(0);
    struct epoll_event ev = { .events = EPOLLIN | EPOLLOUT | EPOLLET, .data.u32 = 1234 };
    epoll_ctl(both, EPOLL_CTL_ADD, efd, &ev);
    ev.events = EPOLLOUT | EPOLLET;
    ev.data.u32 = 7;
    epoll_ctl(out_only, EPOLL_CTL_ADD, efd, &ev);

    show(both, "added:");
    show(out_only, "added (out):");
    show(both, "nothing new:");
    uint64_t one = 1;
    write(efd, &one, sizeof one);
    show(both, "after write:");
    show(out_only, "after write (out):");
    uint64_t got;
    read(efd, &got, sizeof got);
    show(both, "after read:");
    show(out_only, "after read (out):");
    return 0;
}
