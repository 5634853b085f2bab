/* stat writes a whole struct stat (144 bytes) into a buffer of 64. */
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

int main(void) {
    int fd = open("ciri-fail-fs-stat.tmp", O_CREAT | O_WRONLY, 0644);
    close(fd);
    char buf[64];
    stat("ciri-fail-fs-stat.tmp", (struct stat *)buf); //~ ERROR: out-of-bounds
    unlink("ciri-fail-fs-stat.tmp");
    return 0;
}
