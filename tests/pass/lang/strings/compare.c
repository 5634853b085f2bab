/* Comparing strings: strcmp signs, case-insensitive comparison by hand, prefix checks, sorting words. */
#include <stdio.h>
#include <string.h>
#include <ctype.h>
static int icmp(const char *a, const char *b) {
    for (;; a++, b++) {
        int x = tolower((unsigned char)*a), y = tolower((unsigned char)*b);
        if (x != y || !x) return x - y;
    }
}
static int starts(const char *s, const char *p) { return strncmp(s, p, strlen(p)) == 0; }
int main(void) {
    printf("%d %d %d\n", strcmp("apple", "apricot") < 0, strcmp("b", "a") > 0, strcmp("same", "same"));
    printf("%d %d\n", icmp("HeLLo", "hello"), icmp("abc", "abd") < 0);
    printf("%d %d\n", starts("prefix-rest", "prefix"), starts("pre", "prefix"));
    const char *w[] = { "pear", "Apple", "fig", "banana" };
    for (int i = 0; i < 4; i++) for (int j = i + 1; j < 4; j++) if (icmp(w[i], w[j]) > 0) { const char *t = w[i]; w[i] = w[j]; w[j] = t; }
    for (int i = 0; i < 4; i++) printf("%s ", w[i]);
    printf("\n");
    return 0;
}
