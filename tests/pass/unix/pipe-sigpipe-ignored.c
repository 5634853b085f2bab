/* With SIGPIPE ignored, writing to a pipe or socket whose reader is gone is EPIPE, and the program goes on. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

int main(void) {
    long r;
    if (signal(SIGPIPE, SIG_IGN) == SIG_ERR) return 1;
    int p[2];
    pipe(p);
    close(p[0]);
    errno = 0;
    r = write(p[1], "x", 1);
    printf("pipe: %ld (%s)\n", r, strerror(errno));
    close(p[1]);

    int s[2];
    socketpair(AF_UNIX, SOCK_STREAM, 0, s);
    close(s[1]);
    errno = 0;
    r = send(s[0], "x", 1, 0);
    printf("socket: %ld (%s)\n", r, strerror(errno));
    close(s[0]);
    return 0;
}
