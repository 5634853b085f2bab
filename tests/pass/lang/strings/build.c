/* Building strings by hand: reversing, joining with a separator, upper-casing, integer to string. */
#include <stdio.h>
#include <string.h>
#include <ctype.h>
static void reverse(char *s) { for (size_t i = 0, j = strlen(s); i + 1 < j; i++, j--) { char t = s[i]; s[i] = s[j - 1]; s[j - 1] = t; } }
static void itoa10(long v, char *out) {
    char tmp[24];
    int n = 0, neg = v < 0;
    unsigned long u = neg ? 0UL - (unsigned long)v : (unsigned long)v;
    do { tmp[n++] = (char)('0' + u % 10); u /= 10; } while (u);
    if (neg) tmp[n++] = '-';
    for (int i = 0; i < n; i++) out[i] = tmp[n - 1 - i];
    out[n] = '\0';
}
int main(void) {
    char s[] = "stressed";
    reverse(s);
    printf("%s\n", s);
    const char *parts[] = { "usr", "local", "bin" };
    char path[32] = "";
    for (int i = 0; i < 3; i++) { strcat(path, "/"); strcat(path, parts[i]); }
    printf("%s\n", path);
    for (char *p = path; *p; p++) *p = (char)toupper((unsigned char)*p);
    printf("%s\n", path);
    char num[24];
    itoa10(-9223372036854775807L - 1, num);
    printf("%s\n", num);
    itoa10(0, num);
    printf("%s\n", num);
    return 0;
}
