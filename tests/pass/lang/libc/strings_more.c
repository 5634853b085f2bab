/* More of string.h: strtok, strspn/strcspn, strpbrk, memchr, strncat, strdup, strnlen. */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
int main(void) {
    char line[] = "alpha, beta;gamma  delta";
    for (char *t = strtok(line, ",; "); t; t = strtok(NULL, ",; ")) printf("[%s]", t);
    printf("\n");
    printf("%zu %zu\n", strspn("abc123", "abc"), strcspn("abc123", "0123456789"));
    printf("%s\n", strpbrk("hello world", "ow"));
    const char data[] = "find the x here";
    const char *x = memchr(data, 'x', sizeof data);
    printf("%td\n", x - data);
    char buf[16] = "abc";
    strncat(buf, "defghij", 3);
    printf("%s\n", buf);
    char *copy = strdup("duplicate");
    copy[0] = 'D';
    printf("%s %zu\n", copy, strnlen(copy, 4));
    free(copy);
    return 0;
}
