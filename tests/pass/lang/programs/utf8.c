/* Decoding UTF-8 by hand into code points, and counting characters vs bytes. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>
static int decode(const unsigned char *s, uint32_t *cp) {
    if (s[0] < 0x80) { *cp = s[0]; return 1; }
    if ((s[0] & 0xe0) == 0xc0) { *cp = (uint32_t)(s[0] & 0x1f) << 6 | (s[1] & 0x3f); return 2; }
    if ((s[0] & 0xf0) == 0xe0) { *cp = (uint32_t)(s[0] & 0x0f) << 12 | (uint32_t)(s[1] & 0x3f) << 6 | (s[2] & 0x3f); return 3; }
    *cp = (uint32_t)(s[0] & 0x07) << 18 | (uint32_t)(s[1] & 0x3f) << 12 | (uint32_t)(s[2] & 0x3f) << 6 | (s[3] & 0x3f);
    return 4;
}
int main(void) {
    const char *text = u8"h\u00e9llo \u20ac \U0001F600!";
    const unsigned char *p = (const unsigned char *)text;
    int chars = 0;
    while (*p) {
        uint32_t cp;
        p += decode(p, &cp);
        printf("U+%04X ", cp);
        chars++;
    }
    printf("\n%d chars, %zu bytes\n", chars, strlen(text));
    return 0;
}
