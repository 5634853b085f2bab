/* flock between open file descriptions of one file: converting a lock
   drops the old one first (flock(2): "not guaranteed to be atomic"), so a
   conversion refused with LOCK_NB leaves no lock; dup'ed fds share a lock;
   the lock goes with the description's last fd; pipes and sockets lock too. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/file.h>
#include <sys/socket.h>
#include <sys/stat.h>

static void show(const char *what, long r) {
    int e = errno;
    printf("%-36s %4ld %s\n", what, r, r < 0 ? strerror(e) : "-");
}

#define TRY(what, call) do { errno = 0; long r_ = (long)(call); show(what, r_); } while (0)

int main(void) {
    int a = open("flocked", O_CREAT | O_RDWR | O_TRUNC, 0644);
    int b = open("flocked", O_RDONLY);
    int c = dup(a);
    TRY("a: LOCK_SH", flock(a, LOCK_SH));
    TRY("b: LOCK_SH|LOCK_NB", flock(b, LOCK_SH | LOCK_NB));
    TRY("b: LOCK_EX|LOCK_NB (refused)", flock(b, LOCK_EX | LOCK_NB));
    TRY("a: LOCK_EX|LOCK_NB (b lost its lock)", flock(a, LOCK_EX | LOCK_NB));
    TRY("a: LOCK_EX again", flock(a, LOCK_EX | LOCK_NB));
    TRY("c (dup of a): LOCK_EX|LOCK_NB", flock(c, LOCK_EX | LOCK_NB));
    TRY("b: LOCK_SH|LOCK_NB", flock(b, LOCK_SH | LOCK_NB));
    TRY("c: LOCK_UN", flock(c, LOCK_UN));
    TRY("b: LOCK_SH|LOCK_NB", flock(b, LOCK_SH | LOCK_NB));
    TRY("a: LOCK_SH|LOCK_EX", flock(a, LOCK_SH | LOCK_EX));
    TRY("a: 0", flock(a, 0));
    TRY("a: 16", flock(a, 16));
    TRY("b: LOCK_UN|LOCK_NB", flock(b, LOCK_UN | LOCK_NB));
    TRY("b: LOCK_UN without a lock", flock(b, LOCK_UN));
    TRY("a: LOCK_EX|LOCK_NB", flock(a, LOCK_EX | LOCK_NB));
    close(b);
    int d = open("flocked", O_WRONLY);
    TRY("d: LOCK_SH|LOCK_NB", flock(d, LOCK_SH | LOCK_NB));
    close(a);
    TRY("d: LOCK_SH|LOCK_NB (c still open)", flock(d, LOCK_SH | LOCK_NB));
    close(c);
    TRY("d: LOCK_SH|LOCK_NB (a, c closed)", flock(d, LOCK_SH | LOCK_NB));
    close(d);
    int p[2];
    pipe(p);
    TRY("pipe: LOCK_EX", flock(p[0], LOCK_EX));
    int s[2];
    socketpair(AF_UNIX, SOCK_STREAM, 0, s);
    TRY("socket: LOCK_EX", flock(s[0], LOCK_EX));
    mkdir("flockdir", 0755);
    int dd = open("flockdir", O_RDONLY | O_DIRECTORY);
    TRY("directory: LOCK_EX", flock(dd, LOCK_EX));
    unlink("flocked");
    rmdir("flockdir");
    return 0;
}
