/*
 * Under isolation the host's files are not there: open fails with ENOENT and
 * the program, which trusted it to succeed, indexes with -1.
 */
#include <fcntl.h>
#include <unistd.h>

int main(void) {
    char seen[8] = {0};
    int fd = open("/etc/passwd", O_RDONLY);
    seen[fd] = 1; //~ ERROR: out of bounds
    close(fd);
    return 0;
}
