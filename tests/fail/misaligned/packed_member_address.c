//@ symbolic-alignment: on
/* The address of a packed member is an ordinary `uint32_t *`: it no longer
   says that the object may be misaligned (gcc warns with
   -Waddress-of-packed-member), so reading through it needs 4-byte alignment,
   which the member at offset 1 of a 1-aligned record does not have. */
#include <stdio.h>
#include <stdint.h>

struct __attribute__((packed)) header {
    uint8_t version;
    uint32_t length;
};

static uint32_t get(const uint32_t *field) {
    return *field; //~ ERROR: misaligned-access
}

int main(void) {
    struct header h = { 2, 40 };
    printf("%u\n", h.length);
    printf("%u\n", get(&h.length));
    return 0;
}
