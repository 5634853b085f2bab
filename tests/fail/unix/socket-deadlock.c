/* Both ends of a socket pair wait to receive first: a classic protocol deadlock. */
#include <stdio.h>
#include <sys/socket.h>

int main(void) {
    int s[2];
    socketpair(AF_UNIX, SOCK_STREAM, 0, s);
    char reply[16];
    recv(s[0], reply, sizeof reply, 0); //~ ERROR: deadlock
    send(s[1], "hello", 5, 0);
    return 0;
}
