/* Hexadecimal, octal and binary constants, printing with %x %o, and the types they get. */
#include <stdio.h>
int main(void) {
    printf("%d %d %d %d\n", 0x1F, 017, 0b101, 0X0);
    printf("%x %o %X %#x %#o\n", 255, 255, 48879, 0, 0);
    printf("%lx %llx\n", 0xdeadbeefUL, 0xcafebabe12345678ULL);
    printf("%zu %zu %zu\n", sizeof 0xffffffff, sizeof 0x7fffffff, sizeof 0xffffffffffffffff);
    printf("%d\n", 0xff == 255 && 0377 == 255);
    return 0;
}
