/* Building strings with sprintf and snprintf: return values, truncation
   (snprintf always terminates and returns the length it wanted), measuring
   with a zero size, and appending at an offset. */
#include <stdio.h>
#include <string.h>

int main(void) {
    char buf[64];
    int n = sprintf(buf, "%d-%s-%c", 42, "abc", 'z');
    printf("sprintf wrote %d: %s\n", n, buf);

    char small[8];
    n = snprintf(small, sizeof small, "%s", "truncated text");
    printf("snprintf wanted %d, got \"%s\" (%zu)\n", n, small, strlen(small));

    n = snprintf(NULL, 0, "%d items at %.2f", 12, 3.14159);
    printf("measured length=%d\n", n);

    size_t len = 0;
    for (int i = 1; i <= 5; i++)
        len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%d", i > 1 ? "," : "", i * i);
    printf("list=%s len=%zu\n", buf, len);

    char one[1];
    n = snprintf(one, sizeof one, "%d", 12345);
    printf("size 1: wanted %d, empty=%d\n", n, one[0] == '\0');

    char table[128];
    int off = 0;
    const char *names[] = { "id", "name", "score" };
    for (int i = 0; i < 3; i++)
        off += sprintf(table + off, "|%-6s", names[i]);
    sprintf(table + off, "|");
    printf("%s\n", table);
    return 0;
}
