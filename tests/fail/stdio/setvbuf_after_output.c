/* setvbuf must come before any other operation on the stream. */
#include <stdio.h>

int main(void) {
    printf("hello\n");
    setvbuf(stdout, NULL, _IONBF, 0); //~ ERROR: setvbuf must be called before
    return 0;
}
