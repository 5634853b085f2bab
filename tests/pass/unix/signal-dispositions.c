/* Signal dispositions without handlers: SIG_IGN, sigaction's old action, blocked signals stay pending, sigset_t edits. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(void) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGPIPE);
    sigaddset(&set, SIGUSR1);
    printf("members: SIGPIPE %d, SIGUSR1 %d, SIGINT %d\n", sigismember(&set, SIGPIPE), sigismember(&set, SIGUSR1),
           sigismember(&set, SIGINT));
    sigdelset(&set, SIGUSR1);
    printf("after sigdelset: SIGUSR1 %d\n", sigismember(&set, SIGUSR1));
    errno = 0;
    int r = sigaddset(&set, 0);
    printf("sigaddset(0): %d (%s)\n", r, strerror(errno));
    sigfillset(&set);
    printf("filled: SIGKILL %d, SIGRTMAX %d\n", sigismember(&set, SIGKILL), sigismember(&set, 64));

    struct sigaction act, old;
    memset(&act, 0, sizeof act);
    act.sa_handler = SIG_IGN;
    sigemptyset(&act.sa_mask);
    sigaction(SIGUSR2, &act, &old);
    printf("old SIGUSR2 action is SIG_DFL: %d\n", old.sa_handler == SIG_DFL);
    sigaction(SIGUSR2, NULL, &old);
    printf("now SIG_IGN: %d\n", old.sa_handler == SIG_IGN);
    printf("raise(SIGUSR2) ignored: %d\n", raise(SIGUSR2));
    printf("raise(SIGCHLD), ignored by default: %d\n", raise(SIGCHLD));
    printf("kill(0, 0): %d, kill(getpid(), 0): %d\n", kill(0, 0), kill(getpid(), 0));
    errno = 0;
    r = sigaction(SIGKILL, &act, NULL);
    printf("sigaction(SIGKILL): %d (%s)\n", r, strerror(errno));
    printf("signal(SIGSTOP) fails: %d\n", signal(SIGSTOP, SIG_IGN) == SIG_ERR);

    sigset_t block, pending;
    sigemptyset(&block);
    sigaddset(&block, SIGPIPE);
    sigprocmask(SIG_BLOCK, &block, NULL);
    int p[2];
    pipe(p);
    close(p[0]);
    errno = 0;
    long w = write(p[1], "x", 1);
    printf("write with SIGPIPE blocked: %ld (%s)\n", w, strerror(errno));
    sigpending(&pending);
    printf("SIGPIPE pending: %d\n", sigismember(&pending, SIGPIPE));
    signal(SIGPIPE, SIG_IGN);
    sigpending(&pending);
    printf("after SIG_IGN, still pending: %d\n", sigismember(&pending, SIGPIPE));
    sigprocmask(SIG_UNBLOCK, &block, NULL);
    printf("unblocked and still running\n");
    return 0;
}
