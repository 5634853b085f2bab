/* The errno of each fd call when several things are wrong at once, in the
   order Linux checks them, and the errors of calls on a pipe (ESPIPE,
   EAGAIN with O_NONBLOCK, ENOTTY). */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/file.h>
#include <sys/ioctl.h>
#include <sys/uio.h>
#include <unistd.h>

static void show(const char *what, long r) {
    printf("%-30s %3ld %s\n", what, r, r < 0 || errno ? strerror(errno) : "-");
    errno = 0;
}

#define TRY(what, call) do { errno = 0; long r_ = (long)(call); show(what, r_); } while (0)

int main(void) {
    char b[4] = "abc";
    struct iovec v = { b, sizeof b };
    struct iovec neg = { b, (size_t)-1 };
    int p[2];
    if (pipe(p) != 0) return 1;

    TRY("pread bad fd, offset -1", pread(99, b, 1, -1));
    TRY("preadv bad fd, offset -1", preadv(99, &v, 1, -1));
    TRY("readv bad fd, iovcnt -1", readv(99, &v, -1));
    TRY("readv write end, iovcnt 5000", readv(p[1], &v, 5000));
    TRY("readv write end, iovcnt 0", readv(p[1], &v, 0));
    TRY("writev read end", writev(p[0], &v, 1));
    TRY("writev iovcnt 0", writev(p[1], &v, 0));
    TRY("writev iovcnt 1025", writev(p[1], &v, IOV_MAX + 1));
    TRY("writev length over SSIZE_MAX", writev(p[1], &neg, 1));
    TRY("read 0 bytes of write end", read(p[1], b, 0));
    TRY("write 0 bytes to read end", write(p[0], b, 0));
    TRY("lseek pipe", lseek(p[0], 0, SEEK_CUR));
    TRY("lseek pipe, whence 7", lseek(p[0], 0, 7));
    TRY("lseek bad fd, whence 7", lseek(99, 0, 7));
    TRY("pwrite pipe", pwrite(p[1], b, 1, 0));
    TRY("dup3 bad fd onto itself", dup3(99, 99, 0));
    TRY("dup3 bad fd, bad flags", dup3(99, 5, 1));
    TRY("fcntl unknown command", fcntl(p[0], 9999));
    TRY("fcntl bad fd, unknown command", fcntl(99, 9999));
    TRY("flock bad fd, bad operation", flock(99, 3));
    TRY("flock LOCK_NB alone", flock(p[0], LOCK_NB));
    TRY("ioctl bad fd", ioctl(99, FIONREAD, &(int){0}));
    TRY("ioctl TIOCGWINSZ on a pipe", ioctl(p[0], TIOCGWINSZ, &(struct winsize){0}));
    TRY("isatty pipe", isatty(p[0]));
    TRY("isatty bad fd", isatty(99));

    TRY("F_GETFL read end", fcntl(p[0], F_GETFL));
    TRY("F_GETFL write end", fcntl(p[1], F_GETFL));
    TRY("F_SETFL O_NONBLOCK", fcntl(p[0], F_SETFL, O_NONBLOCK | O_WRONLY));
    TRY("F_GETFL read end", fcntl(p[0], F_GETFL));
    TRY("read empty non-blocking", read(p[0], b, 1));
    TRY("write 3 bytes", write(p[1], "xyz", 3));
    int n = -1;
    TRY("FIONREAD", ioctl(p[0], FIONREAD, &n));
    printf("waiting: %d\n", n);
    TRY("read 4 of 3 waiting", read(p[0], b, 4));
    int on = 0;
    TRY("FIONBIO off", ioctl(p[0], FIONBIO, &on));
    TRY("F_GETFL read end", fcntl(p[0], F_GETFL));
    close(p[0]);
    close(p[1]);
    return 0;
}
