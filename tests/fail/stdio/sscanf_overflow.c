/* %s without a width stores the whole word and its NUL: 10 bytes into an 8-byte array. */
#include <stdio.h>

int main(void) {
    char name[8];
    int age;
    if (sscanf("Josephine 42", "%s %d", name, &age) == 2) //~ ERROR: out-of-bounds
        printf("%s is %d\n", name, age);
    return 0;
}
