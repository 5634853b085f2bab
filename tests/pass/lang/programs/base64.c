/* Base64 encoding and decoding round trips. */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
static char *encode(const unsigned char *in, size_t n) {
    char *out = malloc(4 * ((n + 2) / 3) + 1), *p = out;
    for (size_t i = 0; i < n; i += 3) {
        unsigned v = in[i] << 16 | (i + 1 < n ? in[i + 1] << 8 : 0) | (i + 2 < n ? in[i + 2] : 0);
        *p++ = alphabet[v >> 18 & 63];
        *p++ = alphabet[v >> 12 & 63];
        *p++ = i + 1 < n ? alphabet[v >> 6 & 63] : '=';
        *p++ = i + 2 < n ? alphabet[v & 63] : '=';
    }
    *p = '\0';
    return out;
}
static int value(char c) { const char *p = strchr(alphabet, c); return c && p ? (int)(p - alphabet) : -1; }
static size_t decode(const char *in, unsigned char *out) {
    size_t n = 0, len = strlen(in);
    for (size_t i = 0; i + 3 < len; i += 4) {
        int a = value(in[i]), b = value(in[i + 1]), c = in[i + 2] == '=' ? 0 : value(in[i + 2]), d = in[i + 3] == '=' ? 0 : value(in[i + 3]);
        unsigned v = (unsigned)a << 18 | (unsigned)b << 12 | (unsigned)c << 6 | (unsigned)d;
        out[n++] = v >> 16;
        if (in[i + 2] != '=') out[n++] = v >> 8 & 0xff;
        if (in[i + 3] != '=') out[n++] = v & 0xff;
    }
    return n;
}
int main(void) {
    const char *samples[] = { "", "f", "fo", "foo", "foob", "fooba", "foobar", "ciri checks C" };
    for (unsigned i = 0; i < sizeof samples / sizeof *samples; i++) {
        char *e = encode((const unsigned char *)samples[i], strlen(samples[i]));
        unsigned char back[64];
        size_t n = decode(e, back);
        printf("%-14s %-20s %d\n", samples[i], e, n == strlen(samples[i]) && memcmp(back, samples[i], n) == 0);
        free(e);
    }
    return 0;
}
