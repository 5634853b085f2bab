/* write(2) from a buffer that was already freed: the bytes are checked at
   the call, before anything reaches the fd. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(void) {
    char *line = malloc(6);
    if (!line) return 1;
    memcpy(line, "hello\n", 6);
    free(line);
    return write(1, line, 6) != 6; //~ ERROR: use-after-free
}
