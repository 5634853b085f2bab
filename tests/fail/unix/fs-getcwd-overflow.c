/* getcwd is told the buffer holds 4096 bytes; it holds 16. */
#include <unistd.h>

int main(void) {
    char buf[16];
    getcwd(buf, 4096); //~ ERROR: out-of-bounds
    return 0;
}
