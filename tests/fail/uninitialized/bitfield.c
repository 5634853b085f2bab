/* Only `ready` was set; reading `mode`, which shares its byte, reads bits never written.
   ciri tracks initialization per byte: `mode` lives in the next byte, which no store touched. */
#include <stdio.h>

struct flags {
    unsigned ready : 1;
    unsigned pad : 7;
    unsigned mode : 3;
};

int main(void) {
    struct flags f;
    f.ready = 1;
    printf("%u\n", f.ready);
    printf("%u\n", f.mode); //~ ERROR: uninitialized
    return 0;
}
