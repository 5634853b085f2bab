/* fd calls on a regular file: pread/pwrite leave the offset alone, lseek
   and O_APPEND, vectored I/O through loops that tolerate short transfers,
   FIONREAD, and flock between two open file descriptions of one file. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/file.h>
#include <sys/ioctl.h>
#include <sys/uio.h>
#include <unistd.h>

static const char *NAME = "fd-file.tmp";

/* write(2) may take fewer bytes than asked: write the rest. */
static int put(int fd, const char *p, size_t n) {
    while (n > 0) {
        ssize_t k = write(fd, p, n);
        if (k <= 0) return -1;
        p += k;
        n -= (size_t)k;
    }
    return 0;
}

/* readv(2) fills the first buffers first: advance through the iovecs after a short read. */
static ssize_t readv_all(int fd, struct iovec *iov, int cnt) {
    ssize_t total = 0;
    while (cnt > 0) {
        ssize_t k = readv(fd, iov, cnt);
        if (k < 0) return -1;
        if (k == 0) break;
        total += k;
        while (cnt > 0 && (size_t)k >= iov->iov_len) { k -= (ssize_t)iov->iov_len; iov++; cnt--; }
        if (cnt > 0) { iov->iov_base = (char *)iov->iov_base + k; iov->iov_len -= (size_t)k; }
    }
    return total;
}

static ssize_t pread_all(int fd, char *p, size_t n, off_t at) {
    size_t done = 0;
    while (done < n) {
        ssize_t k = pread(fd, p + done, n - done, at + (off_t)done);
        if (k <= 0) break;
        done += (size_t)k;
    }
    return (ssize_t)done;
}

static void lock(const char *what, int fd, int op) {
    errno = 0;
    int r = flock(fd, op);
    printf("%s: %d%s%s\n", what, r, r < 0 ? " " : "", r < 0 ? strerror(errno) : "");
}

int main(void) {
    int fd = open(NAME, O_RDWR | O_CREAT | O_TRUNC, 0600);
    if (fd < 0 || put(fd, "hello, world", 12) != 0) return 1;
    printf("offset after writing: %ld\n", (long)lseek(fd, 0, SEEK_CUR));

    char buf[32] = {0};
    printf("pread at 7: %zd '%s'\n", pread_all(fd, buf, 5, 7), buf);
    printf("offset unchanged: %ld\n", (long)lseek(fd, 0, SEEK_CUR));
    if (pwrite(fd, "H", 1, 0) != 1) return 1;
    printf("lseek SEEK_END -5: %ld\n", (long)lseek(fd, -5, SEEK_END));
    long r = (long)lseek(fd, -100, SEEK_CUR);
    printf("lseek before 0: %ld %s\n", r, strerror(errno));
    int n = -1;
    ioctl(fd, FIONREAD, &n);
    printf("FIONREAD at 7: %d\n", n);

    /* O_APPEND set with F_SETFL: writes go to the end whatever the offset. */
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_APPEND);
    int fl = fcntl(fd, F_GETFL);
    printf("access mode O_RDWR: %d, O_APPEND: %d\n", (fl & O_ACCMODE) == O_RDWR, (fl & O_APPEND) != 0);
    lseek(fd, 0, SEEK_SET);
    if (put(fd, "!\n", 2) != 0) return 1;
    printf("offset after append: %ld\n", (long)lseek(fd, 0, SEEK_CUR));

    char a[6] = {0}, b[4] = {0}, c[8] = {0};
    struct iovec iov[3] = { { a, 5 }, { b, 3 }, { c, 7 } };
    lseek(fd, 0, SEEK_SET);
    ssize_t got = readv_all(fd, iov, 3);
    printf("readv: %zd '%s' '%s' '%.6s'\n", got, a, b, c);

    /* flock: locks of two descriptions of one file conflict; a dup shares its
       description's lock (and converting it through the dup converts it). */
    int other = open(NAME, O_RDONLY);
    int copy = dup(fd);
    lock("LOCK_EX", fd, LOCK_EX);
    lock("LOCK_SH elsewhere", other, LOCK_SH | LOCK_NB);
    lock("LOCK_SH via the dup", copy, LOCK_SH | LOCK_NB);
    lock("LOCK_SH elsewhere", other, LOCK_SH | LOCK_NB);
    lock("LOCK_EX elsewhere", other, LOCK_EX | LOCK_NB);
    close(fd);
    lock("after closing one fd", other, LOCK_EX | LOCK_NB);
    close(copy);
    lock("after closing the last", other, LOCK_EX | LOCK_NB);
    close(other);
    unlink(NAME);
    return 0;
}
