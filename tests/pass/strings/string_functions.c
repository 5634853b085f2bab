/* The <string.h> string functions on ordinary inputs, including their
   return values and edge cases (empty strings, not found, n limits). */
#define _POSIX_C_SOURCE 200809L /* strdup is POSIX; glibc hides it under -std=c11 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int sign(int x) { return (x > 0) - (x < 0); }

int main(void) {
    printf("strlen: %zu %zu\n", strlen("ciri"), strlen(""));
    printf("strcmp: %d %d %d %d\n", sign(strcmp("abc", "abd")), sign(strcmp("abc", "abc")),
           sign(strcmp("b", "abc")), sign(strcmp("ab", "abc")));
    printf("strncmp: %d %d\n", sign(strncmp("abcdef", "abcxyz", 3)), sign(strncmp("abcdef", "abcxyz", 4)));
    printf("high byte compares as unsigned: %d\n", sign(strcmp("\xe9", "a")));

    char buf[32];
    char *r = strcpy(buf, "head");
    printf("strcpy returned dest: %d buf=%s\n", r == buf, buf);
    strcat(buf, "-");
    strcat(buf, "tail");
    printf("strcat: %s\n", buf);
    strncat(buf, "123456", 3);
    printf("strncat: %s (%zu)\n", buf, strlen(buf));

    char fixed[8];
    memset(fixed, 'x', sizeof fixed);
    strncpy(fixed, "ab", sizeof fixed); /* pads the rest with NULs */
    printf("strncpy padded: %s %d %d\n", fixed, fixed[2], fixed[7]);
    strncpy(fixed, "abcdefghij", sizeof fixed - 1); /* does not terminate */
    fixed[sizeof fixed - 1] = '\0';
    printf("strncpy truncated: %s\n", fixed);

    const char *path = "/usr/local/lib/libciri.so";
    const char *first = strchr(path, '/');
    const char *last = strrchr(path, '/');
    printf("strchr at %td, strrchr at %td, file=%s\n", first - path, last - path, last + 1);
    printf("strchr finds terminator: %d, missing: %d\n", strchr(path, '\0') == path + strlen(path),
           strchr(path, 'z') == NULL);
    const char *hit = strstr(path, "lib");
    printf("strstr: %s | empty needle at start: %d | missing: %d\n", hit, strstr(path, "") == path,
           strstr(path, "bin") == NULL);

    char *copy = strdup(path);
    if (!copy)
        return 1;
    copy[0] = '#';
    printf("strdup copy=%s original=%s\n", copy, path);
    free(copy);
    return 0;
}
