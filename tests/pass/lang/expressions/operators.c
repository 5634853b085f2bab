/* Every operator once, with precedence and associativity that trip people up. */
#include <stdio.h>
int main(void) {
    int a = 7, b = 3, c = -2;
    printf("%d %d %d %d %d\n", a + b * c, (a + b) * c, a / b, a % b, -a / b);
    printf("%d %d %d\n", a << 2 >> 1, a & b | c, a ^ b & c);
    printf("%d %d %d %d\n", a < b == 0, a > b && b > c, !a || b, ~c);
    printf("%d %d\n", a > b ? a : b, a < b ? a : b < c ? b : c);
    int x = 5;
    x += 3; x -= 1; x *= 2; x /= 3; x %= 3; x <<= 4; x >>= 2; x &= 0xf; x |= 0x10; x ^= 0x3;
    printf("%d\n", x);
    int i = 0;
    int j = i++ + 10;
    int k = ++i * 2;
    printf("%d %d %d\n", i, j, k);
    int arr[] = { 10, 20, 30 };
    int *p = arr;
    int first = *p++;
    int second = *++p;
    printf("%d %d %ld\n", first, second, (long)(p - arr));
    printf("%d\n", (a, b, c));
    printf("%zu %zu\n", sizeof a + 1, sizeof(char) * 3);
    unsigned u = 0;
    printf("%u %d\n", u - 1, -u == 0);
    printf("%d %d\n", 1 ? 2 : 3, 0 ? 2 : 3);
    return 0;
}
