/* snprintf truncation and its return value, sprintf into a buffer, zero-size buffers, %n-free formatting. */
#include <stdio.h>
#include <string.h>
int main(void) {
    char small[6];
    int n = snprintf(small, sizeof small, "%s-%d", "abcdef", 123);
    printf("%d [%s] %zu\n", n, small, strlen(small));
    n = snprintf(NULL, 0, "%5.2f|%x", 3.14159, 255u);
    printf("%d\n", n);
    char buf[64];
    int m = sprintf(buf, "%-6s|%6s|%06.2f|%+.1e", "ab", "cd", 3.14159, 12345.0);
    printf("%d [%s]\n", m, buf);
    snprintf(buf, sizeof buf, "%c%c%c", 'x', 'y', 'z');
    printf("%s\n", buf);
    return 0;
}
