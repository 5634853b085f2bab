/* recv with a length larger than the buffer: the whole range is checked, even though only 3 bytes are waiting. */
#include <sys/socket.h>
#include <unistd.h>

int main(void) {
    int s[2];
    socketpair(AF_UNIX, SOCK_STREAM, 0, s);
    send(s[0], "abc", 3, 0);
    char small[4];
    recv(s[1], small, 16, 0); //~ ERROR: out-of-bounds
    return 0;
}
