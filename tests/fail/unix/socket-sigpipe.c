/* send on a stream whose peer has closed, without MSG_NOSIGNAL: SIGPIPE ends the program, as on Linux. */
#include <sys/socket.h>
#include <unistd.h>

int main(void) {
    int s[2];
    socketpair(AF_UNIX, SOCK_STREAM, 0, s);
    close(s[1]);
    send(s[0], "ping", 4, MSG_DONTWAIT); //~ ERROR: SIGPIPE
    return 0;
}
