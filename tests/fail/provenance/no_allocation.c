/* An address computed from an exposed pointer, but landing where no
   allocation is: the integer-to-pointer cast finds no provenance to give. */
#include <stdint.h>
#include <stdio.h>

int main(void) {
    int x = 5;
    uintptr_t a = (uintptr_t)&x;
    int *p = (int *)(a + 4096);
    printf("%d\n", *p); //~ ERROR: dangling-pointer
    return 0;
}
