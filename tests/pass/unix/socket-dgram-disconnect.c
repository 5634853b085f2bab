//@ short-io: off
/* Datagram and seqpacket socket pairs after shutdown and close, as Linux's
   af_unix.c does them: a shut-down datagram socket reads 0 only when it
   would wait (EAGAIN without waiting); a send to a closed datagram peer is
   ECONNREFUSED once, drops what had been received, and the socket is then
   unconnected (ENOTCONN); seqpacket reads end of file and sends EPIPE. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>

static void show(const char *what, long r) {
    int e = errno;
    printf("%-36s %4ld %s\n", what, r, r < 0 ? strerror(e) : "-");
}

#define TRY(what, call) do { errno = 0; long r_ = (long)(call); show(what, r_); } while (0)

static void poll_of(const char *what, int fd) {
    struct pollfd pf = { fd, POLLIN | POLLOUT | POLLRDHUP, 0 };
    int n = poll(&pf, 1, 0);
    printf("%-36s %4d %#x\n", what, n, pf.revents);
}

int main(void) {
    signal(SIGPIPE, SIG_IGN);
    int s[2];
    char b[8];
    for (int type = SOCK_DGRAM; type <= SOCK_SEQPACKET; type += SOCK_SEQPACKET - SOCK_DGRAM) {
        printf("== %s\n", type == SOCK_DGRAM ? "dgram" : "seqpacket");
        socketpair(AF_UNIX, type, 0, s);
        TRY("shutdown SHUT_RD", shutdown(s[0], SHUT_RD));
        TRY("recv MSG_DONTWAIT", recv(s[0], b, 8, MSG_DONTWAIT));
        TRY("recv", recv(s[0], b, 8, 0));
        TRY("peer send", send(s[1], "x", 1, MSG_DONTWAIT));
        TRY("read", read(s[0], b, 8));
        TRY("peer shutdown SHUT_WR", shutdown(s[1], SHUT_WR));
        poll_of("poll", s[0]);
        poll_of("poll peer", s[1]);
        close(s[0]);
        close(s[1]);

        socketpair(AF_UNIX, type, 0, s);
        TRY("peer send", send(s[1], "y", 1, 0));
        TRY("peer send", send(s[1], "z", 1, 0));
        TRY("peer close", close(s[1]));
        poll_of("poll after peer close", s[0]);
        TRY("recv MSG_DONTWAIT", recv(s[0], b, 8, MSG_DONTWAIT));
        TRY("send to closed peer", send(s[0], "x", 1, MSG_DONTWAIT));
        TRY("recv MSG_DONTWAIT", recv(s[0], b, 8, MSG_DONTWAIT));
        TRY("send again", send(s[0], "x", 1, MSG_DONTWAIT));
        TRY("write", write(s[0], "x", 1));
        poll_of("poll", s[0]);
        TRY("shutdown SHUT_WR", shutdown(s[0], SHUT_WR));
        TRY("send after SHUT_WR", send(s[0], "x", 1, MSG_DONTWAIT));
        close(s[0]);
    }
    return 0;
}
