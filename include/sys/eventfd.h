/* ciri <sys/eventfd.h> (Linux eventfd(2)). */
#ifndef _CIRI_SYS_EVENTFD_H
#define _CIRI_SYS_EVENTFD_H

#define __NEED_uint_exact
#include <bits/alltypes.h>

typedef uint64_t eventfd_t;

#define EFD_SEMAPHORE 00000001
#define EFD_NONBLOCK 00004000
#define EFD_CLOEXEC 02000000

int eventfd(unsigned int initval, int flags);
int eventfd_read(int fd, eventfd_t *value);
int eventfd_write(int fd, eventfd_t value);

#endif
