/* Converting strings to numbers: atoi, strtol with bases 0/2/16/36, end
   pointers, and overflow reported through errno ERANGE (C17 7.22.1.4). */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>

static void show_strtol(const char *s, int base) {
    char *end;
    errno = 0;
    long v = strtol(s, &end, base);
    printf("strtol(\"%s\", %d) = %ld, rest=\"%s\", errno=%d\n", s, base, v, end, errno);
}

int main(void) {
    printf("atoi: %d %d %d %d\n", atoi("42"), atoi("  -17xyz"), atoi("+8"), atoi("abc"));
    show_strtol("12345", 10);
    show_strtol("  -0x1fZ", 16);
    show_strtol("0x1f", 0);
    show_strtol("0755", 0);
    show_strtol("101101", 2);
    show_strtol("zz", 36);
    show_strtol("99999999999999999999", 10);
    show_strtol("-99999999999999999999", 10);
    show_strtol("   ", 10);

    char *end;
    errno = 0;
    unsigned long u = strtoul("18446744073709551615", &end, 10);
    printf("strtoul max = %lu errno=%d\n", u, errno);
    errno = 0;
    u = strtoul("18446744073709551616", &end, 10);
    printf("strtoul overflow = %lu errno=%d (ERANGE=%d)\n", u, errno, ERANGE);
    u = strtoul("ff", NULL, 16);
    printf("strtoul ff = %lu\n", u);

    /* Parse a comma-separated list by chaining end pointers. */
    const char *list = "10,20,-5,7";
    const char *p = list;
    long total = 0;
    while (*p) {
        char *next;
        total += strtol(p, &next, 10);
        p = *next == ',' ? next + 1 : next;
    }
    printf("total=%ld LONG_MAX=%ld\n", total, LONG_MAX);
    return 0;
}
