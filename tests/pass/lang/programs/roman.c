/* Roman numerals both ways, and run-length encoding of strings. */
#include <stdio.h>
#include <string.h>
static void to_roman(int n, char *out) {
    static const int val[] = { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };
    static const char *sym[] = { "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I" };
    out[0] = '\0';
    for (int i = 0; i < 13; i++) while (n >= val[i]) { strcat(out, sym[i]); n -= val[i]; }
}
static int from_roman(const char *s) {
    int total = 0, prev = 0;
    for (int i = (int)strlen(s) - 1; i >= 0; i--) {
        static const char digits[] = "IVXLCDM";
        int v = (int)(strchr(digits, s[i]) - digits);
        static const int vals[] = { 1, 5, 10, 50, 100, 500, 1000 };
        v = vals[v];
        total += v < prev ? -v : v;
        if (v > prev) prev = v;
    }
    return total;
}
static void rle(const char *s, char *out) {
    while (*s) {
        char c = *s;
        int n = 0;
        while (*s == c) { s++; n++; }
        out += sprintf(out, "%d%c", n, c);
    }
}
int main(void) {
    char buf[32];
    int years[] = { 1987, 2026, 3999, 4, 944 };
    for (int i = 0; i < 5; i++) { to_roman(years[i], buf); printf("%d %s %d\n", years[i], buf, from_roman(buf)); }
    char enc[64];
    rle("aaabccddddde", enc);
    printf("%s\n", enc);
    return 0;
}
