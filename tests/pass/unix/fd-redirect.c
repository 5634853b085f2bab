/* Redirecting stdout the way shells and test harnesses do: save fd 1 with
   dup, dup2 a pipe's write end onto it, write through fd 1 (directly and
   with writev), restore it, then read back what was captured. */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/uio.h>
#include <unistd.h>

static void say(const char *s) {
    if (write(STDOUT_FILENO, s, strlen(s)) != (ssize_t)strlen(s)) _exit(3);
}

int main(void) {
    say("before the redirection\n");
    int saved = dup(STDOUT_FILENO);
    int p[2];
    if (saved < 0 || pipe(p) != 0) return 1;
    if (dup2(p[1], STDOUT_FILENO) != STDOUT_FILENO) return 1;
    close(p[1]);

    say("captured ");
    struct iovec parts[3] = { { "one", 3 }, { ", ", 2 }, { "two\n", 4 } };
    if (writev(STDOUT_FILENO, parts, 3) != 9) return 1;
    int mode = fcntl(STDOUT_FILENO, F_GETFL) & O_ACCMODE;

    if (dup2(saved, STDOUT_FILENO) != STDOUT_FILENO) return 1;
    close(saved);
    char buf[64];
    ssize_t n = read(p[0], buf, sizeof buf - 1);
    if (n < 0) return 1;
    buf[n] = '\0';
    char line[128];
    snprintf(line, sizeof line, "the pipe held %zd bytes: %s", n, buf);
    say(line);
    snprintf(line, sizeof line, "fd 1 was write-only while redirected: %d\n", mode == O_WRONLY);
    say(line);
    snprintf(line, sizeof line, "the read end sees end of file: %zd\n", read(p[0], buf, sizeof buf));
    say(line);
    snprintf(line, sizeof line, "isatty(1) = %d, lowest free fd = %d\n", isatty(STDOUT_FILENO), dup(0));
    say(line);
    return 0;
}
