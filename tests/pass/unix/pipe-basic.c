/* Pipes: which end is which, status flags, order of bytes, end of file, EBADF on the wrong end, pipe2 flags. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(void) {
    long r;
    int p[2];
    if (pipe(p) != 0) return 1;
    printf("fds %d %d, F_GETFL %d %d\n", p[0], p[1], fcntl(p[0], F_GETFL), fcntl(p[1], F_GETFL));

    printf("write %zd\n", write(p[1], "hello, ", 7));
    printf("write %zd\n", write(p[1], "pipe", 4));
    char buf[32];
    ssize_t n = read(p[0], buf, 5);
    printf("read %zd: %.*s\n", n, (int)n, buf);
    n = read(p[0], buf, sizeof buf);
    printf("read %zd: %.*s\n", n, (int)n, buf);

    errno = 0;
    r = write(p[0], "x", 1);
    printf("write to the read end: %ld (%s)\n", r, strerror(errno));
    errno = 0;
    r = read(p[1], buf, 1);
    printf("read from the write end: %ld (%s)\n", r, strerror(errno));

    write(p[1], "last", 4);
    close(p[1]);
    n = read(p[0], buf, sizeof buf);
    printf("after close: %zd, then %zd\n", n, read(p[0], buf, sizeof buf));
    close(p[0]);

    if (pipe2(p, O_NONBLOCK | O_CLOEXEC) != 0) return 1;
    printf("pipe2: F_GETFL %#o %#o, F_GETFD %d %d\n", fcntl(p[0], F_GETFL), fcntl(p[1], F_GETFL),
           fcntl(p[0], F_GETFD), fcntl(p[1], F_GETFD));
    errno = 0;
    r = read(p[0], buf, 1);
    printf("empty non-blocking read: %ld (%s)\n", r, strerror(errno));
    fcntl(p[0], F_SETFL, 0);
    printf("F_SETFL 0: %#o\n", fcntl(p[0], F_GETFL));
    errno = 0;
    r = pipe2(p, 1);
    printf("pipe2 with a bad flag: %ld (%s)\n", r, strerror(errno));
    return 0;
}
