//@ warning: multi-character character constant
/* String and character literals: concatenation, escapes, multi-character constants, wide and UTF-8 literals. */
#include <stdio.h>
#include <wchar.h>
#include <string.h>
int main(void) {
    const char *s = "con" "cat" "enated";
    printf("%s %zu\n", s, sizeof "con" "cat");
    printf("[%s]\n", "tab\there\\slash\"quote\"");
    printf("%d %d %d %d %d\n", '\a', '\b', '\f', '\v', '\0');
    printf("%d %d %d\n", '\101', '\x41', '\x7f');
    printf("%d %d\n", 'ab', '\377');
    wchar_t w[] = L"wide";
    printf("%zu %zu %d\n", sizeof w, sizeof(wchar_t), (int)w[1]);
    const char u8s[] = u8"caf\u00e9";
    printf("%zu %d %d\n", sizeof u8s, (unsigned char)u8s[3], (unsigned char)u8s[4]);
    printf("%zu %zu\n", sizeof u"ab", sizeof U"ab");
    printf("%d %d\n", (int)u'x', (int)U'\U0001F600' > 0xffff);
    char arr[] = "a\0b";
    printf("%zu %zu\n", sizeof arr, strlen(arr));
    printf("%s\n", "line one\n" "line two");
    return 0;
}
