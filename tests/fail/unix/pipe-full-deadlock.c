/* Writing more than a pipe holds, with no other thread to read: the write can never finish. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(void) {
    int p[2];
    pipe(p);
    size_t size = 1 << 20;
    char *data = malloc(size);
    memset(data, 'x', size);
    write(p[1], data, size); //~ ERROR: deadlock
    free(data);
    return 0;
}
