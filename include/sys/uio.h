/* ciri <sys/uio.h> (POSIX): vectored I/O. */
#ifndef _CIRI_SYS_UIO_H
#define _CIRI_SYS_UIO_H

#define __NEED_size_t
#define __NEED_ssize_t
#define __NEED_off_t
#define __NEED_struct_iovec
#include <bits/alltypes.h>

#define UIO_MAXIOV 1024

ssize_t readv(int fd, const struct iovec *iov, int iovcnt);
ssize_t writev(int fd, const struct iovec *iov, int iovcnt);
ssize_t preadv(int fd, const struct iovec *iov, int iovcnt, off_t offset);
ssize_t pwritev(int fd, const struct iovec *iov, int iovcnt, off_t offset);

#endif
