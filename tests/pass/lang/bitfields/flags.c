/* A register-style flags word with bit-fields, read back through a union as raw bits. */
#include <stdio.h>
#include <stdint.h>
union reg {
    struct { unsigned enable : 1, mode : 2, : 1, prescale : 4, count : 8, : 16; } f;
    uint32_t raw;
};
int main(void) {
    union reg r = { .raw = 0 };
    r.f.enable = 1;
    r.f.mode = 3;
    r.f.prescale = 0xa;
    r.f.count = 200;
    printf("%08x\n", r.raw);
    r.raw = 0x0000ff35u;
    printf("%u %u %u %u\n", r.f.enable, r.f.mode, r.f.prescale, r.f.count);
    r.f.count += 100;
    printf("%u %08x\n", r.f.count, r.raw);
    return 0;
}
