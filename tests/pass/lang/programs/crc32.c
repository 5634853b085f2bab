/* CRC-32 (table-driven) and Adler-32 of a few strings. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>
static uint32_t table[256];
static void init(void) {
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++) c = c & 1 ? 0xedb88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
}
static uint32_t crc32(const char *s, size_t n) {
    uint32_t c = 0xffffffffu;
    for (size_t i = 0; i < n; i++) c = table[(c ^ (unsigned char)s[i]) & 0xff] ^ (c >> 8);
    return c ^ 0xffffffffu;
}
static uint32_t adler32(const char *s, size_t n) {
    uint32_t a = 1, b = 0;
    for (size_t i = 0; i < n; i++) { a = (a + (unsigned char)s[i]) % 65521; b = (b + a) % 65521; }
    return b << 16 | a;
}
int main(void) {
    init();
    const char *in[] = { "", "a", "The quick brown fox jumps over the lazy dog" };
    for (int i = 0; i < 3; i++) printf("%08x %08x\n", crc32(in[i], strlen(in[i])), adler32(in[i], strlen(in[i])));
    return 0;
}
