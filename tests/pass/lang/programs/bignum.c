/* Arbitrary-precision factorial with base-10^9 limbs. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>
#define LIMBS 64
static void mul_small(uint32_t *n, int *len, uint32_t m) {
    uint64_t carry = 0;
    for (int i = 0; i < *len; i++) { uint64_t v = (uint64_t)n[i] * m + carry; n[i] = (uint32_t)(v % 1000000000u); carry = v / 1000000000u; }
    while (carry) { n[(*len)++] = (uint32_t)(carry % 1000000000u); carry /= 1000000000u; }
}
static void print(const uint32_t *n, int len) {
    printf("%u", n[len - 1]);
    for (int i = len - 2; i >= 0; i--) printf("%09u", n[i]);
    printf("\n");
}
int main(void) {
    uint32_t n[LIMBS];
    memset(n, 0, sizeof n);
    int len = 1;
    n[0] = 1;
    for (uint32_t i = 2; i <= 50; i++) mul_small(n, &len, i);
    print(n, len);
    int digits = 0;
    for (uint32_t top = n[len - 1]; top; top /= 10) digits++;
    printf("%d digits\n", digits + 9 * (len - 1));
    return 0;
}
