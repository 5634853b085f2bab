/* VLAs as scratch buffers sized from strings, in a function called repeatedly. */
#include <stdio.h>
#include <string.h>
static void shout(const char *s) {
    size_t n = strlen(s) + 1;
    char buf[n * 2];
    size_t k = 0;
    for (size_t i = 0; i < n - 1; i++) { buf[k++] = s[i]; buf[k++] = s[i] == ' ' ? ' ' : '!'; }
    buf[k] = '\0';
    printf("%zu %s\n", sizeof buf, buf);
}
int main(void) {
    const char *words[] = { "hi", "ciri", "a b" };
    for (int i = 0; i < 3; i++) shout(words[i]);
    return 0;
}
