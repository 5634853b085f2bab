/* Enumerations used as bit flags: combining, testing and clearing, printed by name. */
#include <stdio.h>
enum perm { P_READ = 1 << 0, P_WRITE = 1 << 1, P_EXEC = 1 << 2, P_ALL = P_READ | P_WRITE | P_EXEC };
static void show(unsigned p) {
    static const char *names[] = { "read", "write", "exec" };
    printf("{");
    for (int i = 0; i < 3; i++) if (p & (1u << i)) printf(" %s", names[i]);
    printf(" }\n");
}
int main(void) {
    unsigned p = P_READ | P_EXEC;
    show(p);
    p |= P_WRITE;
    p &= ~(unsigned)P_EXEC;
    show(p);
    show(P_ALL);
    printf("%d %d\n", (p & P_WRITE) != 0, P_ALL);
    return 0;
}
