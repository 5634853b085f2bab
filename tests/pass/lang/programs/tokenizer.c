/* A C-like tokenizer: identifiers, numbers, strings with escapes, operators of one and two characters, comments. */
#include <stdio.h>
#include <ctype.h>
#include <string.h>
static const char *two[] = { "==", "!=", "<=", ">=", "&&", "||", "++", "--", "->", "+=" };
int main(void) {
    const char *src = "int x = a->b + 42; /* note */ if (x >= 10 && s == \"q\\\"t\") x += 0x1f; // end";
    const char *p = src;
    int counts[5] = { 0 };
    while (*p) {
        if (isspace((unsigned char)*p)) { p++; continue; }
        if (p[0] == '/' && p[1] == '*') { p = strstr(p + 2, "*/") + 2; continue; }
        if (p[0] == '/' && p[1] == '/') break;
        if (isalpha((unsigned char)*p) || *p == '_') { const char *s = p; while (isalnum((unsigned char)*p) || *p == '_') p++; printf("ID(%.*s) ", (int)(p - s), s); counts[0]++; continue; }
        if (isdigit((unsigned char)*p)) { const char *s = p; while (isalnum((unsigned char)*p)) p++; printf("NUM(%.*s) ", (int)(p - s), s); counts[1]++; continue; }
        if (*p == '"') { const char *s = p++; while (*p != '"') p += *p == '\\' ? 2 : 1; p++; printf("STR(%.*s) ", (int)(p - s), s); counts[2]++; continue; }
        int matched = 0;
        for (unsigned i = 0; i < sizeof two / sizeof *two; i++) if (strncmp(p, two[i], 2) == 0) { printf("OP(%s) ", two[i]); p += 2; matched = 1; counts[3]++; break; }
        if (!matched) { printf("P(%c) ", *p++); counts[4]++; }
    }
    printf("\n%d %d %d %d %d\n", counts[0], counts[1], counts[2], counts[3], counts[4]);
    return 0;
}
