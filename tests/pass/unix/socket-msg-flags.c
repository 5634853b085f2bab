//@ short-io: off
/* sendmsg/recvmsg gather and scatter one seqpacket message (MSG_TRUNC in
   msg_flags, the full length with MSG_TRUNC), iovlen over IOV_MAX, empty
   messages, ENOTSOCK on a regular file, and flags a unix stream socket
   ignores (MSG_MORE, MSG_EOR, MSG_ERRQUEUE, MSG_CMSG_CLOEXEC). */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

static void show(const char *what, long r) {
    int e = errno;
    printf("%-36s %4ld %s\n", what, r, r < 0 ? strerror(e) : "-");
}

#define TRY(what, call) do { errno = 0; long r_ = (long)(call); show(what, r_); } while (0)
int main(void) {
    int s[2]; char b[8] = {0}, c[8] = {0};
    socketpair(AF_UNIX, SOCK_SEQPACKET, 0, s);
    struct iovec out[2] = {{"abc", 3}, {"defg", 4}};
    struct msghdr mh = {0}; mh.msg_iov = out; mh.msg_iovlen = 2;
    TRY("sendmsg", sendmsg(s[0], &mh, 0));
    struct iovec in[2] = {{b, 2}, {c, 3}};
    struct msghdr rh = {0}; rh.msg_iov = in; rh.msg_iovlen = 2;
    TRY("recvmsg", recvmsg(s[1], &rh, 0));
    printf("%.2s|%.3s flags %#x\n", b, c, rh.msg_flags);
    TRY("sendmsg", sendmsg(s[0], &mh, 0));
    TRY("recvmsg TRUNC", recvmsg(s[1], &rh, MSG_TRUNC));
    printf("flags %#x\n", rh.msg_flags);
    mh.msg_iovlen = 1025;
    TRY("sendmsg iovlen 1025", sendmsg(s[0], &mh, 0));
    mh.msg_iovlen = 0;
    TRY("sendmsg iovlen 0", sendmsg(s[0], &mh, 0));
    TRY("recvmsg empty message", recvmsg(s[1], &rh, MSG_DONTWAIT));
    printf("flags %#x\n", rh.msg_flags);
    int f = open("mf", O_CREAT|O_RDWR, 0600);
    TRY("sendmsg on file", sendmsg(f, &mh, 0));
    TRY("recv on file", recv(f, b, 1, 0));
    TRY("shutdown on file", shutdown(f, SHUT_RD));
    TRY("socket F_GETFL", fcntl(s[0], F_GETFL));
    unlink("mf");
    socketpair(AF_UNIX, SOCK_STREAM, 0, s);
    TRY("send MSG_MORE", send(s[0], "x", 1, MSG_MORE));
    TRY("send MSG_EOR stream", send(s[0], "x", 1, MSG_EOR));
    TRY("recv MSG_ERRQUEUE", recv(s[1], b, 1, MSG_ERRQUEUE));
    TRY("recv MSG_CMSG_CLOEXEC", recv(s[1], b, 1, MSG_CMSG_CLOEXEC));
    return 0;
}
