/* The smallest useful program: puts, putchar and printf with a few arguments. */
#include <stdio.h>

int main(void) {
    puts("hello, world");
    putchar('c');
    putchar('i');
    putchar('r');
    putchar('i');
    putchar('\n');
    printf("%s has %d letters\n", "ciri", 4);
    return 0;
}
