/* Constants of the C and POSIX headers have Linux x86-64 / glibc values (checked against gcc with the host's headers). */
#include <stdio.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <limits.h>
#include <stdint.h>
#include <inttypes.h>
#include <float.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <poll.h>
#include <stdlib.h>
#include <time.h>
#include <locale.h>
#include <math.h>
#include <fenv.h>
#include <netinet/in.h>
#include <sys/un.h>
#include <sys/resource.h>
int main(void) {
    printf("errno %d %d %d %d %d %d %d %d %d\n", EPERM, ENOENT, EINTR, EBADF, EAGAIN, ENOMEM, EINVAL, EPIPE, ERANGE);
    printf("errno2 %d %d %d %d %d\n", EWOULDBLOCK, EEXIST, EISDIR, ESPIPE, ENOTSOCK);
    printf("fcntl %d %d %d %d %d %d %d %d\n", O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND, O_NONBLOCK);
    printf("fcntl2 %d %d %d %d %d %d %d\n", O_CLOEXEC, F_GETFD, F_SETFD, F_GETFL, F_SETFL, F_DUPFD_CLOEXEC, FD_CLOEXEC);
    printf("unistd %d %d %d %d %d %d\n", SEEK_SET, SEEK_CUR, SEEK_END, STDIN_FILENO, STDERR_FILENO, R_OK | W_OK | X_OK);
    printf("limits %d %d %u %ld %lu %lld\n", CHAR_MIN, INT_MIN, UINT_MAX, LONG_MIN, ULONG_MAX, LLONG_MAX);
    printf("stdint %d %u %" PRId64 " %zu %" PRIdPTR "\n", INT16_MIN, UINT32_MAX, INT64_MIN, SIZE_MAX, INTPTR_MAX);
    printf("inttypes %s %s %s %s\n", PRId64, PRIu64, PRIx32, SCNd64);
    printf("float %d %d %d %d %.6g\n", FLT_DIG, DBL_DIG, DBL_MANT_DIG, FLT_MAX_EXP, FLT_MIN);
    printf("signal %d %d %d %d %d %d\n", SIGINT, SIGABRT, SIGSEGV, SIGPIPE, SIGTERM, SIGCHLD);
    printf("mman %d %d %d %d %d %d\n", PROT_READ, PROT_WRITE, MAP_SHARED, MAP_PRIVATE, MAP_ANONYMOUS, MAP_FAILED == (void *)-1);
    printf("socket %d %d %d %d %d %d %d %d\n", AF_UNIX, AF_INET, SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET, SOCK_NONBLOCK, SOCK_CLOEXEC, MSG_NOSIGNAL);
    printf("socket2 %d %d %d %d %d\n", SHUT_RD, SHUT_WR, SHUT_RDWR, MSG_DONTWAIT, MSG_PEEK);
    printf("epoll %d %d %d %d %d %u %u %d %d %d\n", EPOLLIN, EPOLLOUT, EPOLLERR, EPOLLHUP, EPOLLRDHUP, EPOLLET, EPOLLONESHOT,
           EPOLL_CTL_ADD, EPOLL_CTL_DEL, EPOLL_CTL_MOD);
    printf("eventfd %d %d %d\n", EFD_NONBLOCK, EFD_CLOEXEC, EFD_SEMAPHORE);
    printf("stat %o %o %o %o\n", S_IFMT, S_IFREG, S_IFDIR, S_IRWXU);
    printf("poll %d %d %d %d %d\n", POLLIN, POLLOUT, POLLERR, POLLHUP, POLLNVAL);
    printf("stdlib %d %d %d\n", EXIT_SUCCESS, EXIT_FAILURE, RAND_MAX);
    printf("time %ld %d\n", (long)CLOCKS_PER_SEC, CLOCK_MONOTONIC);
    printf("math %d %d %d %d %d\n", FP_NAN, FP_INFINITE, FP_ZERO, FP_SUBNORMAL, FP_NORMAL);
    printf("fenv %d %d %d\n", FE_DIVBYZERO, FE_ALL_EXCEPT, FE_TOWARDZERO);
    printf("net %d %zu %zu %d\n", IPPROTO_TCP, sizeof(struct sockaddr_in), sizeof(struct sockaddr_un), INET6_ADDRSTRLEN);
    printf("sizes %zu %zu %zu %zu\n", sizeof(struct stat), sizeof(struct epoll_event), sizeof(struct timespec), sizeof(struct rlimit));
    printf("wait %d %d\n", WNOHANG, WEXITSTATUS(0x2a00));
    return 0;
}
