/* Reading from an empty pipe whose write end this very thread holds open: nothing can ever wake the read. */
#include <stdio.h>
#include <unistd.h>

int main(void) {
    int p[2];
    if (pipe(p) != 0) return 1;
    write(p[1], "hi", 2);
    char buf[8];
    ssize_t n = read(p[0], buf, sizeof buf);
    printf("got %zd bytes\n", n);
    n = read(p[0], buf, sizeof buf); //~ ERROR: deadlock
    printf("got %zd more\n", n);
    return 0;
}
