/* ciri <sys/select.h> (POSIX). */
#ifndef _CIRI_SYS_SELECT_H
#define _CIRI_SYS_SELECT_H

#define __NEED_time_t
#define __NEED_suseconds_t
#define __NEED_sigset_t
#define __NEED_struct_timeval
#define __NEED_struct_timespec
#define __NEED_fd_set
#include <bits/alltypes.h>

#define FD_SETSIZE 1024
#define __NFDBITS (8 * (int)sizeof(__fd_mask))
#define __FD_ELT(d) ((d) / __NFDBITS)
#define __FD_MASK(d) ((__fd_mask)(1UL << ((d) % __NFDBITS)))
#define FD_SET(fd, set) ((void)((set)->fds_bits[__FD_ELT(fd)] |= __FD_MASK(fd)))
#define FD_CLR(fd, set) ((void)((set)->fds_bits[__FD_ELT(fd)] &= ~__FD_MASK(fd)))
#define FD_ISSET(fd, set) (((set)->fds_bits[__FD_ELT(fd)] & __FD_MASK(fd)) != 0)
#define FD_ZERO(set) do { \
    unsigned int __i; \
    fd_set *__arr = (set); \
    for (__i = 0; __i < sizeof(fd_set) / sizeof(__fd_mask); ++__i) __arr->fds_bits[__i] = 0; \
  } while (0)

int select(int nfds, fd_set *restrict readfds, fd_set *restrict writefds, fd_set *restrict exceptfds,
           struct timeval *restrict timeout);
int pselect(int nfds, fd_set *restrict readfds, fd_set *restrict writefds, fd_set *restrict exceptfds,
            const struct timespec *restrict timeout, const sigset_t *restrict sigmask);

#endif
