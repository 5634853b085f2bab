/* Inspecting the representation of objects: memcpy between a float and a
   uint32_t, a double and a uint64_t, and reading any object through an
   unsigned char pointer (allowed by C17 6.5p7). Little-endian target. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static uint32_t float_bits(float f) {
    uint32_t u;
    memcpy(&u, &f, sizeof u);
    return u;
}

static float bits_float(uint32_t u) {
    float f;
    memcpy(&f, &u, sizeof f);
    return f;
}

static uint64_t double_bits(double d) {
    uint64_t u;
    memcpy(&u, &d, sizeof u);
    return u;
}

int main(void) {
    printf("1.0f=%08x -2.5f=%08x 0.1f=%08x\n", (unsigned)float_bits(1.0f),
           (unsigned)float_bits(-2.5f), (unsigned)float_bits(0.1f));
    printf("0x40490fdb=%.6f\n", (double)bits_float(0x40490fdbu));
    printf("1.0=%016llx -0.0=%016llx\n", (unsigned long long)double_bits(1.0),
           (unsigned long long)double_bits(-0.0));

    uint32_t word = 0x11223344u;
    const unsigned char *bytes = (const unsigned char *)&word;
    printf("bytes of 0x11223344:");
    for (size_t i = 0; i < sizeof word; i++)
        printf(" %02x", bytes[i]);
    printf("\n");

    /* Assemble a little-endian integer from bytes in a buffer. */
    unsigned char buf[8] = { 0xef, 0xbe, 0xad, 0xde, 1, 2, 3, 4 };
    uint32_t first, second;
    memcpy(&first, buf, 4);
    memcpy(&second, buf + 4, 4);
    printf("first=%08x second=%08x\n", (unsigned)first, (unsigned)second);

    /* Fast inverse square root, the memcpy way. */
    float x = 4.0f;
    uint32_t i = float_bits(x);
    i = 0x5f3759dfu - (i >> 1);
    float y = bits_float(i);
    y = y * (1.5f - 0.5f * x * y * y);
    printf("rsqrt(4)~%.3f\n", (double)y);

    /* Copy an int array into a byte buffer and back. */
    int src[3] = { -1, 256, 65535 };
    unsigned char raw[sizeof src];
    int dst[3];
    memcpy(raw, src, sizeof src);
    memcpy(dst, raw, sizeof dst);
    printf("raw[4..7]=%d %d %d %d dst=%d %d %d\n", raw[4], raw[5], raw[6], raw[7], dst[0], dst[1], dst[2]);
    return 0;
}
