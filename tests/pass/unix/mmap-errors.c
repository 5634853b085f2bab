/* The errno of each mmap/munmap argument error, as Linux reports it. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

#define RW (PROT_READ | PROT_WRITE)

static void try_mmap_fd(const char *what, size_t len, int flags, int fd, off_t offset) {
    errno = 0;
    void *p = mmap(NULL, len, RW, flags, fd, offset);
    int e = errno;
    printf("mmap %-22s -> %s, errno %s\n", what, p == MAP_FAILED ? "MAP_FAILED" : "mapped",
           e == EINVAL ? "EINVAL" : e == ENOMEM ? "ENOMEM" : e == EBADF ? "EBADF" : e == 0 ? "0" : "other");
}

static void try_mmap(const char *what, size_t len, int flags, off_t offset) {
    try_mmap_fd(what, len, flags, -1, offset);
}

static void try_munmap(const char *what, void *addr, size_t len) {
    errno = 0;
    int r = munmap(addr, len);
    printf("munmap %-20s -> %d, errno %s\n", what, r, errno == EINVAL ? "EINVAL" : errno == 0 ? "0" : "other");
}

int main(void) {
    try_mmap("of length 0", 0, MAP_PRIVATE | MAP_ANONYMOUS, 0);
    try_mmap("without a type", 64, MAP_ANONYMOUS, 0);
    try_mmap("shared and private", 64, MAP_SHARED | MAP_PRIVATE | MAP_ANONYMOUS, 0);
    try_mmap("at offset 5", 64, MAP_PRIVATE | MAP_ANONYMOUS, 5);
    try_mmap("of SIZE_MAX bytes", SIZE_MAX, MAP_PRIVATE | MAP_ANONYMOUS, 0);
    /* A file mapping looks its fd up first: EBADF even before the length and type checks. */
    try_mmap_fd("of fd -1", 4096, MAP_PRIVATE, -1, 0);
    try_mmap_fd("of fd 99, length 0", 0, 0, 99, 0);
    try_mmap_fd("of fd 99 at offset 5", 4096, MAP_PRIVATE, 99, 5);

    char *p = mmap(NULL, 8192, RW, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        return 1;
    try_munmap("inside a page", p + 1, 4096);
    try_munmap("of length 0", p, 0);
    try_munmap("of NULL, length 0", NULL, 0);
    try_munmap("of an unmapped page", NULL, 4096);
    p[8191] = 'x'; /* still mapped */
    try_munmap("of the mapping", p, 8192);
    return 0;
}
