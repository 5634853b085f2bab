/* gettimeofday with a null timeval: POSIX leaves it unspecified and glibc declares the pointer nonnull. */
#include <stddef.h>
#include <sys/time.h>

int main(void) {
    struct timeval *now = NULL;
    return gettimeofday(now, NULL); //~ ERROR: invalid-argument
}
