/* write(2) of a null buffer with a non-zero count. */
#include <stddef.h>
#include <unistd.h>

int main(void) {
    const char *msg = NULL;
    return write(1, msg, 3) != 3; //~ ERROR: null
}
