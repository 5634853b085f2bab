/* A FILE belongs to stdio: it is released with fclose, never with free. */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    FILE *f = tmpfile();
    if (!f) return 1;
    fputs("data", f);
    free(f); //~ ERROR: invalid-free
    return 0;
}
