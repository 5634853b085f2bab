/* sysconf: the page size and clock ticks of x86-64 Linux, supported options, EINVAL for an unknown name. */
#include <errno.h>
#include <stdio.h>
#include <unistd.h>

int main(void) {
    printf("_SC_PAGESIZE %ld\n", sysconf(_SC_PAGESIZE));
    printf("_SC_PAGE_SIZE %ld\n", sysconf(_SC_PAGE_SIZE));
    printf("getpagesize %d\n", getpagesize());
    printf("_SC_CLK_TCK %ld\n", sysconf(_SC_CLK_TCK));
    printf("_SC_LINE_MAX %ld\n", sysconf(_SC_LINE_MAX));
    printf("_SC_IOV_MAX %ld\n", sysconf(_SC_IOV_MAX));
    printf("_SC_MONOTONIC_CLOCK %ld\n", sysconf(_SC_MONOTONIC_CLOCK));
    printf("_SC_VERSION %ld\n", sysconf(_SC_VERSION));
    printf("_SC_THREADS %ld\n", sysconf(_SC_THREADS));
    printf("online CPUs > 0: %d\n", sysconf(_SC_NPROCESSORS_ONLN) > 0);
    printf("physical pages > 0: %d\n", sysconf(_SC_PHYS_PAGES) > 0);
    errno = 0;
    printf("_SC_TZNAME_MAX %ld, errno %d\n", sysconf(_SC_TZNAME_MAX), errno);
    errno = 0;
    long r = sysconf(-1);
    printf("sysconf(-1) %ld, EINVAL %d\n", r, errno == EINVAL);
    return 0;
}
