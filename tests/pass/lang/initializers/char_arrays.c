/* Character arrays initialized from strings, braces around strings, wide strings, partial initialization. */
#include <stdio.h>
#include <wchar.h>
int main(void) {
    char a[] = { "braced" };
    char b[10] = { 'x', 'y' };
    char c[2][4] = { "ab", { 'c', 'd', 'e' } };
    wchar_t w[4] = L"hi";
    unsigned char u[] = "\xff\x01";
    printf("%s %zu %s %d %s %d\n", a, sizeof a, b, b[9], c[0], c[1][3]);
    printf("%d %d %d %zu\n", (int)w[0], (int)w[2], u[0], sizeof u);
    return 0;
}
