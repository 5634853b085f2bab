/* Unsigned arithmetic is modular: wrap-around counters, differences of timestamps across a wrap, averages without overflow. */
#include <stdio.h>
#include <stdint.h>
int main(void) {
    uint32_t before = 0xfffffff0u, after = 0x00000010u;
    printf("%u\n", after - before);
    uint8_t counter = 250;
    for (int i = 0; i < 10; i++) counter++;
    printf("%u\n", counter);
    unsigned a = 4000000000u, b = 3000000000u;
    printf("%u %u\n", a + b, a / 2 + b / 2 + (a % 2 + b % 2) / 2);
    uint64_t x = 0;
    x -= 1;
    printf("%llu\n", (unsigned long long)x);
    return 0;
}
