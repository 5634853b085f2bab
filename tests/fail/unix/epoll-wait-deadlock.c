/* epoll_wait with no timeout on a set where nothing is ready and nothing can become ready. */
#include <sys/epoll.h>
#include <unistd.h>

int main(void) {
    int p[2];
    pipe(p);
    int ep = epoll_create1(0);
    struct epoll_event ev = { .events = EPOLLIN };
    ev.data.fd = p[0];
    epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev);
    struct epoll_event out[4];
    epoll_wait(ep, out, 4, -1); //~ ERROR: deadlock
    return 0;
}
