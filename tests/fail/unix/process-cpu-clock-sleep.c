/* Sleeping until the process has used CPU time: a sleeping process uses none, so Linux never wakes it. */
#include <time.h>

int main(void) {
    struct timespec one_ms = {0, 1000000};
    return clock_nanosleep(CLOCK_PROCESS_CPUTIME_ID, 0, &one_ms, NULL); //~ ERROR: unsupported operation: `clock_nanosleep` on CLOCK_PROCESS_CPUTIME_ID
}
