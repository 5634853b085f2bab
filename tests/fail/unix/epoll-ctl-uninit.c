/* epoll_ctl reads the event mask the program forgot to set. */
#include <sys/epoll.h>
#include <unistd.h>

int main(void) {
    int p[2];
    pipe(p);
    int ep = epoll_create1(0);
    struct epoll_event ev;
    ev.data.fd = p[0];
    epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev); //~ ERROR: uninitialized
    return 0;
}
