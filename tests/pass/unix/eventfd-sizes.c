/* eventfd reads and writes of other sizes than 8 (a read may be longer, a
   write must be exactly 8, as fs/eventfd.c checks), writev one buffer at a
   time (eventfd has no write_iter), readv as one read, the counter's
   maximum, and lseek/pread on eventfd and epoll fds (noop_llseek: 0). */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <stdint.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/uio.h>

static void show(const char *what, long r) {
    int e = errno;
    printf("%-36s %4ld %s\n", what, r, r < 0 ? strerror(e) : "-");
}

#define TRY(what, call) do { errno = 0; long r_ = (long)(call); show(what, r_); } while (0)

static unsigned long long value(const void *p) {
    uint64_t v;
    memcpy(&v, p, 8);
    return (unsigned long long)v;
}

int main(void) {
    char big[16] = {0};
    uint64_t v = 0;
    TRY("eventfd flags 2", eventfd(0, 2));
    int e = eventfd(3, EFD_SEMAPHORE | EFD_NONBLOCK | EFD_CLOEXEC);
    TRY("F_GETFL", fcntl(e, F_GETFL));
    TRY("F_GETFD", fcntl(e, F_GETFD));
    TRY("read 0", read(e, big, 0));
    TRY("read 4", read(e, big, 4));
    TRY("read 7", read(e, big, 7));
    TRY("read 16", read(e, big, 16));
    printf("value %llu\n", value(big));
    TRY("read 8", read(e, &v, 8));
    TRY("read 8", read(e, &v, 8));
    TRY("read 8, counter 0", read(e, &v, 8));
    TRY("write 0", write(e, big, 0));
    TRY("write 4", write(e, big, 4));
    TRY("write 16", write(e, big, 16));
    v = UINT64_MAX;
    TRY("write UINT64_MAX", write(e, &v, 8));
    v = UINT64_MAX - 1;
    TRY("write UINT64_MAX - 1", write(e, &v, 8));
    v = 0;
    TRY("write 0 at the maximum", write(e, &v, 8));
    v = 1;
    TRY("write 1 at the maximum", write(e, &v, 8));
    TRY("lseek 5 SEEK_SET", lseek(e, 5, SEEK_SET));
    TRY("lseek -5 SEEK_CUR", lseek(e, -5, SEEK_CUR));
    TRY("lseek SEEK_DATA", lseek(e, 0, SEEK_DATA));
    TRY("lseek whence 5", lseek(e, 0, 5));
    TRY("pread", pread(e, &v, 8, 0));
    TRY("pwrite", pwrite(e, &v, 8, 0));
    struct iovec halves[2] = { { big, 4 }, { big + 4, 4 } };
    TRY("readv 4+4", readv(e, halves, 2));
    printf("value %llu\n", value(big));
    TRY("writev 4+4", writev(e, halves, 2));
    close(e);

    e = eventfd(0, EFD_NONBLOCK);
    uint64_t two[2] = { 1, 2 };
    char tail[3] = "ab";
    struct iovec three[3] = { { &two[0], 8 }, { &two[1], 8 }, { tail, 3 } };
    TRY("writev 8+8+3", writev(e, three, 3));
    TRY("read", read(e, &v, 8));
    printf("value %llu\n", (unsigned long long)v);
    struct iovec gap[3] = { { &two[0], 8 }, { tail, 0 }, { &two[1], 8 } };
    TRY("writev 8+0+8", writev(e, gap, 3));
    TRY("read", read(e, &v, 8));
    printf("value %llu\n", (unsigned long long)v);
    struct iovec empty_first[2] = { { tail, 0 }, { &two[0], 8 } };
    TRY("writev 0+8", writev(e, empty_first, 2));
    TRY("writev total 0", writev(e, empty_first, 1));
    TRY("read, counter 0", read(e, &v, 8));

    int ep = epoll_create1(0);
    TRY("epoll: lseek 5 SEEK_END", lseek(ep, 5, SEEK_END));
    TRY("epoll: lseek whence 9", lseek(ep, 0, 9));
    TRY("epoll: read", read(ep, big, 8));
    TRY("epoll: write", write(ep, big, 8));
    TRY("epoll: pread", pread(ep, big, 8, 0));
    return 0;
}
