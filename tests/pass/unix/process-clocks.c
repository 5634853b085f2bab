/* Clocks and sleeps: time moves forward by at least what was slept, and bad arguments give EINVAL. */
#include <errno.h>
#include <stdio.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

static long long ns_of(clockid_t id) {
    struct timespec ts;
    if (clock_gettime(id, &ts) != 0)
        return -1;
    return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

int main(void) {
    long long t0 = ns_of(CLOCK_MONOTONIC);
    struct timespec two_ms = {0, 2000000};
    printf("nanosleep: %d\n", nanosleep(&two_ms, NULL));
    long long t1 = ns_of(CLOCK_MONOTONIC);
    printf("slept at least 2 ms: %d\n", t1 - t0 >= 2000000);
    printf("usleep: %d\n", usleep(1000));
    printf("sleep(0): %u\n", sleep(0));
    printf("clock_nanosleep: %d\n", clock_nanosleep(CLOCK_MONOTONIC, 0, &two_ms, NULL));
    struct timespec until = {(time_t)((ns_of(CLOCK_MONOTONIC) + 1000000) / 1000000000), 0};
    printf("clock_nanosleep until a past second: %d\n", clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &until, NULL));

    /* Polling the clock until a millisecond has passed ends. */
    long long start = ns_of(CLOCK_MONOTONIC), now;
    do
        now = ns_of(CLOCK_MONOTONIC);
    while (now - start < 1000000);
    printf("polled past 1 ms: %d\n", now - start >= 1000000);

    time_t stored = 0, returned = time(&stored);
    printf("time() stores what it returns: %d\n", stored == returned);
    printf("after 2020: %d\n", returned > 1577836800);
    struct timeval tv;
    printf("gettimeofday: %d, usec in range: ", gettimeofday(&tv, NULL));
    printf("%d\n", tv.tv_usec >= 0 && tv.tv_usec < 1000000);
    struct timespec ts;
    printf("timespec_get: %d\n", timespec_get(&ts, TIME_UTC) == TIME_UTC);
    printf("clock() non-negative: %d\n", clock() >= 0);
    struct timespec res;
    int r;
    r = clock_getres(CLOCK_MONOTONIC, &res);
    printf("monotonic resolution: %d %ld\n", r, res.tv_nsec);

    errno = 0;
    r = clock_gettime((clockid_t)99, &ts);
    printf("unknown clock: %d, EINVAL %d\n", r, errno == EINVAL);
    struct timespec bad = {0, 1000000000};
    errno = 0;
    r = nanosleep(&bad, NULL);
    printf("nanosleep of 1e9 ns: %d, EINVAL %d\n", r, errno == EINVAL);
    printf("clock_nanosleep of 1e9 ns: %d\n", clock_nanosleep(CLOCK_MONOTONIC, 0, &bad, NULL) == EINVAL);
    return 0;
}
