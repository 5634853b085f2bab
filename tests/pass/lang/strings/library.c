/* The string functions on ordinary inputs. */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <ctype.h>
int main(void) {
    char buf[32];
    strcpy(buf, "hello");
    strcat(buf, ", world");
    printf("%s %zu\n", buf, strlen(buf));
    printf("%d %d %d\n", strcmp("abc", "abd") < 0, strncmp("abcx", "abcy", 3), strcmp("b", "a") > 0);
    printf("%s %s\n", strchr(buf, 'o'), strrchr(buf, 'o'));
    printf("%s\n", strstr(buf, "wor"));
    char copy[8];
    strncpy(copy, "truncate me", sizeof copy - 1);
    copy[sizeof copy - 1] = '\0';
    printf("%s\n", copy);
    memset(buf, '-', 5);
    printf("%s\n", buf);
    int n[4] = { 1, 2, 3, 4 };
    memmove(n + 1, n, 3 * sizeof n[0]);
    printf("%d %d %d %d %d\n", n[0], n[1], n[2], n[3], memcmp(n, n + 1, sizeof n[0]));
    printf("%ld %lu %.2f %d\n", strtol("-42xyz", NULL, 10), strtoul("ff", NULL, 16), strtod("2.5e1", NULL), atoi(" 17"));
    int upper = 0;
    for (const char *p = "MiXeD"; *p; p++) upper += isupper((unsigned char)*p) != 0;
    printf("%d %c %c\n", upper, toupper('q'), tolower('Q'));
    char out[16];
    int w = snprintf(out, sizeof out, "%05d|%-4s|%x", 42, "ab", 255);
    printf("%s %d\n", out, w);
    return 0;
}
