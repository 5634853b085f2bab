/* A DIR * is released with closedir, never with free. */
#include <dirent.h>
#include <stdlib.h>

int main(void) {
    DIR *d = opendir(".");
    if (!d) return 1;
    free(d); //~ ERROR: free
    return 0;
}
