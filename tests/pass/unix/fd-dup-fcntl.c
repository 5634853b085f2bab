/* dup, dup2, dup3 and fcntl on the standard streams: new fds take the
   lowest free number, FD_CLOEXEC belongs to the fd, status flags to the
   shared description, and the errno values are Linux's. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static void say(const char *s) {
    if (write(1, s, strlen(s)) != (ssize_t)strlen(s))
        _exit(3);
}

int main(void) {
    char line[128];
    int a = dup(1);
    int b = fcntl(1, F_DUPFD, 50);
    int c = fcntl(1, F_DUPFD_CLOEXEC, 50);
    snprintf(line, sizeof line, "dup %d, F_DUPFD>=50 %d, F_DUPFD_CLOEXEC>=50 %d\n", a, b, c);
    say(line);
    snprintf(line, sizeof line, "cloexec: %d %d %d\n", fcntl(a, F_GETFD), fcntl(b, F_GETFD), fcntl(c, F_GETFD));
    say(line);
    fcntl(a, F_SETFD, FD_CLOEXEC);
    snprintf(line, sizeof line, "after F_SETFD: %d, fd 1 still %d\n", fcntl(a, F_GETFD), fcntl(1, F_GETFD));
    say(line);

    /* O_NONBLOCK set through one fd shows through every fd of the description. */
    int fl = fcntl(a, F_GETFL);
    fcntl(a, F_SETFL, fl | O_NONBLOCK);
    snprintf(line, sizeof line, "nonblock via dup: %d\n", (fcntl(1, F_GETFL) & O_NONBLOCK) != 0);
    say(line);
    fcntl(1, F_SETFL, fl);

    /* dup2 onto an open fd closes it first; dup2 of an fd onto itself is a no-op. */
    int d = dup2(a, b);
    snprintf(line, sizeof line, "dup2 -> %d, self %d\n", d, dup2(a, a));
    say(line);
    errno = 0;
    int e = dup3(a, a, 0);
    snprintf(line, sizeof line, "dup3 same fd: %d %s\n", e, strerror(errno));
    say(line);
    errno = 0;
    e = dup3(a, 20, 12345);
    snprintf(line, sizeof line, "dup3 bad flags: %d %s\n", e, strerror(errno));
    say(line);
    e = dup3(a, 20, O_CLOEXEC);
    snprintf(line, sizeof line, "dup3 -> %d cloexec %d\n", e, fcntl(20, F_GETFD));
    say(line);

    errno = 0;
    int r = close(77);
    snprintf(line, sizeof line, "close(77): %d %s\n", r, strerror(errno));
    say(line);
    errno = 0;
    r = fcntl(77, F_GETFL);
    snprintf(line, sizeof line, "fcntl(77): %d %s\n", r, strerror(errno));
    say(line);
    errno = 0;
    r = fcntl(1, F_DUPFD, -1);
    snprintf(line, sizeof line, "F_DUPFD -1: %d %s\n", r, strerror(errno));
    say(line);
    errno = 0;
    r = dup2(1, -1);
    snprintf(line, sizeof line, "dup2 to -1: %d %s\n", r, strerror(errno));
    say(line);

    close(a);
    close(b);
    close(c);
    close(20);
    int f = dup(1);
    snprintf(line, sizeof line, "lowest free again: %d\n", f);
    say(line);
    close(f);
    return 0;
}
