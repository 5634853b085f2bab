/* Shifts of every integer type within range, and the promoted type of the result. */
#include <stdio.h>
int main(void) {
    unsigned char uc = 0x81;
    printf("%d %d\n", uc << 1, uc >> 1);
    signed char sc = -4;
    printf("%d %d\n", -(-sc << 2), sc >> 1);
    printf("%zu %zu\n", sizeof(uc << 1), sizeof(1L << 1));
    unsigned long long x = 1;
    for (int i = 0; i < 64; i += 9) printf("%llx ", x << i);
    printf("\n");
    int v = 0x40000000;
    printf("%d %u\n", v >> 30, 0xffffffffu >> 31);
    long s = -1000;
    printf("%ld %ld\n", s >> 3, s / 8);
    return 0;
}
