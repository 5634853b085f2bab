/* eventfd: the counter adds up writes, a read takes it all (or one in semaphore mode); EINVAL and EAGAIN as Linux. */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/eventfd.h>
#include <unistd.h>

static void report(const char *what, long r) {
    printf("%-36s %ld", what, r);
    if (r < 0) printf(" (%s)", strerror(errno));
    printf("\n");
}

int main(void) {
    int fd = eventfd(5, EFD_NONBLOCK | EFD_CLOEXEC);
    printf("F_GETFL %#o, F_GETFD %d\n", fcntl(fd, F_GETFL), fcntl(fd, F_GETFD));
    uint64_t v = 3;
    report("write 3", write(fd, &v, sizeof v));
    report("write 0", write(fd, &(uint64_t){ 0 }, 8));
    report("read", read(fd, &v, sizeof v));
    printf("counter was %llu\n", (unsigned long long)v);
    errno = 0;
    report("read at 0", read(fd, &v, sizeof v));

    uint32_t small = 1;
    errno = 0;
    report("write of 4 bytes", write(fd, &small, sizeof small));
    v = UINT64_MAX;
    errno = 0;
    report("write UINT64_MAX", write(fd, &v, sizeof v));
    v = UINT64_MAX - 1;
    report("write the maximum", write(fd, &v, sizeof v));
    v = 1;
    errno = 0;
    report("one more", write(fd, &v, sizeof v));
    char big[16];
    report("read into 16 bytes", read(fd, big, sizeof big));
    close(fd);

    int sem = eventfd(2, EFD_SEMAPHORE | EFD_NONBLOCK);
    eventfd_t got;
    report("semaphore eventfd_read", eventfd_read(sem, &got));
    printf("got %llu\n", (unsigned long long)got);
    report("semaphore eventfd_read", eventfd_read(sem, &got));
    errno = 0;
    report("semaphore eventfd_read at 0", eventfd_read(sem, &got));
    report("eventfd_write 10", eventfd_write(sem, 10));
    report("read", read(sem, &v, sizeof v));
    printf("took %llu\n", (unsigned long long)v);
    close(sem);
    errno = 0;
    report("eventfd with a bad flag", eventfd(0, 0x100));
    return 0;
}
