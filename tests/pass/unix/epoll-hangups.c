/* What epoll reports when the other end goes away: a pipe whose reader closed
   with data unread (EPOLLERR), a socket whose peer closed with data unread
   (HUP, RDHUP, ERR), a peer that shut down writing (RDHUP). Output matches
   gcc on Linux. */
#include <stdio.h>
#include <unistd.h>
#include <sys/epoll.h>
#include <sys/socket.h>
static void show(int ep, const char *what) {
  struct epoll_event ev[4];
  int n = epoll_wait(ep, ev, 4, 0);
  printf("%s: %d", what, n);
  for (int i = 0; i < n; i++) printf(" [fd %d: %s%s%s%s%s]", ev[i].data.fd,
    ev[i].events & EPOLLIN ? "IN " : "", ev[i].events & EPOLLOUT ? "OUT " : "",
    ev[i].events & EPOLLRDHUP ? "RDHUP " : "", ev[i].events & EPOLLHUP ? "HUP " : "", ev[i].events & EPOLLERR ? "ERR" : "");
  printf("\n");
}
int main(void) {
  int p[2]; pipe(p);
  int ep = epoll_create1(0);
  struct epoll_event e = { .events = EPOLLIN | EPOLLOUT | EPOLLRDHUP, .data.fd = p[1] };
  epoll_ctl(ep, EPOLL_CTL_ADD, p[1], &e);
  show(ep, "pipe write end");
  write(p[1], "abc", 3);
  close(p[0]);
  show(ep, "after reader closed with unread data");
  int s[2]; socketpair(AF_UNIX, SOCK_STREAM, 0, s);
  int ep2 = epoll_create1(0);
  e.data.fd = s[0]; e.events = EPOLLIN | EPOLLOUT | EPOLLRDHUP;
  epoll_ctl(ep2, EPOLL_CTL_ADD, s[0], &e);
  show(ep2, "socket");
  write(s[0], "xyz", 3);
  close(s[1]);
  show(ep2, "socket after peer closed with unread data");
  int s2[2]; socketpair(AF_UNIX, SOCK_STREAM, 0, s2);
  int ep3 = epoll_create1(0);
  e.data.fd = s2[0];
  epoll_ctl(ep3, EPOLL_CTL_ADD, s2[0], &e);
  shutdown(s2[1], SHUT_WR);
  show(ep3, "peer shut down writing");
  return 0;
}
