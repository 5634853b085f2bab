/* ciri <poll.h> (POSIX poll), Linux values. */
#ifndef _CIRI_POLL_H
#define _CIRI_POLL_H

#define __NEED_sigset_t
#define __NEED_struct_timespec
#include <bits/alltypes.h>

typedef unsigned long nfds_t;

struct pollfd {
  int fd;
  short events;
  short revents;
};

#define POLLIN 0x001
#define POLLPRI 0x002
#define POLLOUT 0x004
#define POLLERR 0x008
#define POLLHUP 0x010
#define POLLNVAL 0x020
#define POLLRDNORM 0x040
#define POLLRDBAND 0x080
#define POLLWRNORM 0x100
#define POLLWRBAND 0x200
#define POLLMSG 0x400
#define POLLREMOVE 0x1000
#define POLLRDHUP 0x2000

int poll(struct pollfd *fds, nfds_t nfds, int timeout);
#ifdef _GNU_SOURCE
int ppoll(struct pollfd *fds, nfds_t nfds, const struct timespec *tmo_p, const sigset_t *sigmask);
#endif

#endif
