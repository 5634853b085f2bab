/* A directory opened with open(2): reading it is EISDIR (read and pread),
   lseek moves its position, opening it for writing or truncating it fails.
   A new file's modification time is the time() of its writing (the same
   clock, virtual under isolation). Output matches gcc on Linux. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static void show(const char *what, long r) {
    printf("%s -> %ld (%s)\n", what, r, r < 0 ? strerror(errno) : "ok");
}

int main(void) {
    char b[4];
    if (mkdir("d", 0755) != 0) { perror("mkdir"); return 1; }
    int fd = open("d", O_RDONLY | O_DIRECTORY);
    show("open(d)", fd >= 0 ? 0 : -1);
    errno = 0; show("read", (long)read(fd, b, sizeof b));
    errno = 0; show("pread", (long)pread(fd, b, sizeof b, 0));
    errno = 0; show("lseek(0, SEEK_CUR)", (long)lseek(fd, 0, SEEK_CUR));
    errno = 0; show("lseek(0, SEEK_SET)", (long)lseek(fd, 0, SEEK_SET));
    errno = 0; show("lseek(-1, SEEK_SET)", (long)lseek(fd, -1, SEEK_SET));
    errno = 0; show("open(d, O_WRONLY)", open("d", O_WRONLY));
    errno = 0; show("open(d, O_RDWR)", open("d", O_RDWR));
    errno = 0; show("ftruncate", ftruncate(fd, 0));
    errno = 0; show("write", (long)write(fd, "x", 1));
    close(fd);

    int f = open("d/x", O_CREAT | O_WRONLY, 0600);
    if (write(f, "abc", 3) != 3) return 1;
    struct stat st;
    fstat(f, &st);
    time_t now = time(NULL);
    printf("mtime is now: %d\n", now >= st.st_mtime && now - st.st_mtime < 5);
    close(f);
    unlink("d/x");
    rmdir("d");
    return 0;
}
