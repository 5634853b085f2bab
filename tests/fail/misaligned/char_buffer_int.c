/* Reading an int from a byte buffer at an odd offset (C17 6.3.2.3p7):
   the buffer is an int array, so offset 1 is certainly misaligned. */
#include <stdio.h>
#include <string.h>

int main(void) {
    int storage[4];
    memset(storage, 0, sizeof storage);
    unsigned char *bytes = (unsigned char *)storage;
    int v = *(int *)(bytes + 1); //~ ERROR: misaligned-access
    printf("%d\n", v);
    return 0;
}
