/* `checksum` is declared and called but no file defines it: a linker would refuse the program. */
#include <stdio.h>

unsigned checksum(const char *data, unsigned long len);

int main(void) {
    printf("%u\n", checksum("abc", 3)); //~ ERROR: undefined reference to 'checksum'
    return 0;
}
