/* In-place string manipulation: reversing each word then the whole string
   (which reverses word order), trimming, and a palindrome check. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

static void reverse_range(char *lo, char *hi) {
    while (lo < hi) {
        char t = *lo;
        *lo++ = *hi;
        *hi-- = t;
    }
}

static void reverse_words(char *s) {
    size_t n = strlen(s);
    if (n == 0)
        return;
    reverse_range(s, s + n - 1);
    char *w = s;
    while (*w) {
        while (*w == ' ')
            w++;
        char *e = w;
        while (*e && *e != ' ')
            e++;
        if (e > w)
            reverse_range(w, e - 1);
        w = e;
    }
}

static char *trim(char *s) {
    while (isspace((unsigned char)*s))
        s++;
    char *end = s + strlen(s);
    while (end > s && isspace((unsigned char)end[-1]))
        end--;
    *end = '\0';
    return s;
}

static int is_palindrome(const char *s) {
    const char *lo = s, *hi = s + strlen(s);
    while (lo < hi) {
        if (!isalnum((unsigned char)*lo)) {
            lo++;
            continue;
        }
        if (!isalnum((unsigned char)hi[-1])) {
            hi--;
            continue;
        }
        if (tolower((unsigned char)*lo) != tolower((unsigned char)hi[-1]))
            return 0;
        lo++;
        hi--;
    }
    return 1;
}

int main(void) {
    char sentence[] = "checkers find the first undefined step";
    reverse_words(sentence);
    printf("%s\n", sentence);
    char padded[] = "   \t keep me  \n";
    printf("[%s]\n", trim(padded));
    char empty[] = "";
    reverse_words(empty);
    printf("[%s]\n", empty);
    const char *tests[] = { "A man, a plan, a canal: Panama", "ciri", "", "No 'x' in Nixon" };
    for (int i = 0; i < 4; i++)
        printf("\"%s\" palindrome=%d\n", tests[i], is_palindrome(tests[i]));
    return 0;
}
