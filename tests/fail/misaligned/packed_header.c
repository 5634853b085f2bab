/* Parsing a wire format by casting: the 32-bit length field sits at offset 1. */
#include <stdio.h>
#include <stdint.h>

static uint32_t read_length(const unsigned char *packet) {
    return *(const uint32_t *)(packet + 1); //~ ERROR: misaligned-access
}

int main(void) {
    uint32_t words[2] = { 0, 0 };
    unsigned char *packet = (unsigned char *)words;
    packet[0] = 7;
    packet[1] = 16;
    printf("%u\n", (unsigned)read_length(packet));
    return 0;
}
