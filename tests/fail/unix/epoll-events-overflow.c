/* epoll_wait told there is room for 8 events in an array of 2: the whole array is checked before waiting. */
#include <sys/epoll.h>
#include <unistd.h>

int main(void) {
    int p[2];
    pipe(p);
    int ep = epoll_create1(0);
    struct epoll_event ev = { .events = EPOLLOUT };
    ev.data.fd = p[1];
    epoll_ctl(ep, EPOLL_CTL_ADD, p[1], &ev);
    struct epoll_event out[2];
    epoll_wait(ep, out, 8, 0); //~ ERROR: out-of-bounds
    return 0;
}
