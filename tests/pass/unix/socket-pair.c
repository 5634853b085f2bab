//@ short-io: off
/* Socket pairs: streams merge writes, seqpacket and datagram pairs keep message boundaries; peek, truncation, shutdown. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static void report(const char *what, long r) {
    printf("%-34s %ld", what, r);
    if (r < 0) printf(" (%s)", strerror(errno));
    printf("\n");
}

static void types(void) {
    const int kinds[] = { SOCK_STREAM, SOCK_SEQPACKET, SOCK_DGRAM };
    const char *names[] = { "stream", "seqpacket", "dgram" };
    for (int k = 0; k < 3; k++) {
        int s[2];
        char buf[16];
        socketpair(AF_UNIX, kinds[k], 0, s);
        send(s[0], "abc", 3, 0);
        send(s[0], "defg", 4, 0);
        printf("%s:\n", names[k]);
        report("  recv 2 with MSG_PEEK", recv(s[1], buf, 2, MSG_PEEK));
        report("  recv 16", recv(s[1], buf, 16, 0));
        report("  recv 2 with MSG_TRUNC", recv(s[1], buf, 2, MSG_TRUNC | MSG_DONTWAIT));
        errno = 0;
        report("  recv on empty, MSG_DONTWAIT", recv(s[1], buf, 16, MSG_DONTWAIT));
        close(s[0]);
        close(s[1]);
    }
}

static void shutdowns(void) {
    int s[2];
    char buf[16];
    socketpair(AF_UNIX, SOCK_STREAM, 0, s);
    send(s[0], "bye", 3, 0);
    report("shutdown(SHUT_WR)", shutdown(s[0], SHUT_WR));
    report("peer reads", recv(s[1], buf, sizeof buf, 0));
    report("peer reads at end of file", recv(s[1], buf, sizeof buf, 0));
    errno = 0;
    report("send after SHUT_WR, MSG_NOSIGNAL", send(s[0], "x", 1, MSG_NOSIGNAL));
    report("the other direction still works", send(s[1], "ok", 2, 0));
    report("and is received", recv(s[0], buf, sizeof buf, 0));
    errno = 0;
    report("shutdown(7)", shutdown(s[0], 7));
    close(s[0]);
    close(s[1]);
}

static void closes(void) {
    int s[2];
    char buf[16];
    socketpair(AF_UNIX, SOCK_STREAM, 0, s);
    send(s[0], "unread", 6, 0);
    close(s[1]);
    errno = 0;
    report("peer closed with our data unread", recv(s[0], buf, sizeof buf, 0));
    report("then", recv(s[0], buf, sizeof buf, 0));
    close(s[0]);

    socketpair(AF_UNIX, SOCK_DGRAM, 0, s);
    close(s[1]);
    errno = 0;
    report("datagram to a closed peer", send(s[0], "x", 1, 0));
    close(s[0]);

    int p[2];
    pipe(p);
    errno = 0;
    report("send on a pipe", send(p[1], "x", 1, 0));
    close(p[0]);
    close(p[1]);
}

static void messages(void) {
    int s[2];
    socketpair(AF_UNIX, SOCK_SEQPACKET, 0, s);
    char a[] = "scatter", b[] = "/gather";
    struct iovec out[2] = { { a, 7 }, { b, 7 } };
    struct msghdr msg = { 0 };
    msg.msg_iov = out;
    msg.msg_iovlen = 2;
    report("sendmsg of two iovecs", sendmsg(s[0], &msg, 0));
    char x[4], y[6];
    struct iovec in[2] = { { x, sizeof x }, { y, sizeof y } };
    struct msghdr rmsg = { 0 };
    rmsg.msg_iov = in;
    rmsg.msg_iovlen = 2;
    report("recvmsg into 4 + 6 bytes", recvmsg(s[1], &rmsg, 0));
    printf("  got '%.4s' '%.6s', MSG_TRUNC %s\n", x, y, (rmsg.msg_flags & MSG_TRUNC) ? "set" : "clear");
    close(s[0]);
    close(s[1]);
}

int main(void) {
    types();
    shutdowns();
    closes();
    messages();
    return 0;
}
