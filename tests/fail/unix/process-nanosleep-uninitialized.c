/* nanosleep with a request whose nanoseconds were never set. */
#include <time.h>

int main(void) {
    struct timespec req;
    req.tv_sec = 1;
    return nanosleep(&req, NULL); //~ ERROR: uninitialized-read
}
