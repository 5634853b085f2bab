/* Integer constants are typed per C17 6.4.4.1: decimal constants grow through long, hex and octal ones may become unsigned. */
#include <stdio.h>
#define TYPE(x) _Generic((x), int: "int", unsigned: "unsigned", long: "long", unsigned long: "unsigned long", \
    long long: "long long", unsigned long long: "unsigned long long", default: "other")
int main(void) {
    printf("%s %s %s\n", TYPE(2147483647), TYPE(2147483648), TYPE(4294967296));
    printf("%s %s %s\n", TYPE(0x7fffffff), TYPE(0x80000000), TYPE(0xffffffff));
    printf("%s %s %s\n", TYPE(0x100000000), TYPE(0x8000000000000000), TYPE(9223372036854775807));
    printf("%s %s %s %s\n", TYPE(1u), TYPE(1l), TYPE(1ul), TYPE(1ll));
    printf("%s %s %s\n", TYPE(1ULL), TYPE(017777777777), TYPE(020000000000));
    printf("%s %s\n", TYPE(-2147483648), TYPE(-2147483647 - 1));
    printf("%zu %zu %zu\n", sizeof(2147483648), sizeof(0x80000000), sizeof 'a');
    printf("%d %o %x %X %#x %#o\n", 0777, 0777, 255, 255, 255, 8);
    printf("%lld %llu\n", -9223372036854775807LL - 1, 18446744073709551615ULL);
    printf("%d %d\n", 'A', '\377');
    printf("%ld\n", 0b1011L);
    return 0;
}
