/* Sending a message whose second half was never written: the bytes leave the program uninitialized. */
#include <string.h>
#include <sys/socket.h>

int main(void) {
    int s[2];
    socketpair(AF_UNIX, SOCK_SEQPACKET, 0, s);
    char msg[8];
    memcpy(msg, "head", 4);
    send(s[0], msg, sizeof msg, 0); //~ ERROR: uninitialized
    return 0;
}
