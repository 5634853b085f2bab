/* flock(2) without LOCK_NB on a file that another open file description
   has locked exclusively: the only thread waits forever. */
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

int main(void) {
    int a = open("lock.tmp", O_RDWR | O_CREAT, 0600);
    int b = open("lock.tmp", O_RDWR);
    if (a < 0 || b < 0 || flock(a, LOCK_EX) != 0) return 1;
    return flock(b, LOCK_SH); //~ ERROR: deadlock
}
