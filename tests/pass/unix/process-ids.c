/* Process and user ids: consistent with each other, whatever their values. */
#include <stdio.h>
#include <unistd.h>

int main(void) {
    pid_t pid = getpid(), ppid = getppid();
    printf("pid positive: %d\n", pid > 0);
    printf("parent positive and different: %d\n", ppid > 0 && ppid != pid);
    printf("pid stable: %d\n", getpid() == pid);
    printf("uid == euid: %d\n", getuid() == geteuid());
    printf("gid == egid: %d\n", getgid() == getegid());
    return 0;
}
