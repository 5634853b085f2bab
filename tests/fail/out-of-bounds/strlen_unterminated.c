/* strlen on a char array that has no terminating NUL reads past its end. */
#include <stdio.h>
#include <string.h>

int main(void) {
    char word[4] = { 'c', 'i', 'r', 'i' };
    size_t n = strlen(word); //~ ERROR: out-of-bounds
    printf("%zu\n", n);
    return 0;
}
