/* The DIR * is used again after closedir freed it. */
#include <dirent.h>
#include <stdio.h>

int main(void) {
    DIR *d = opendir(".");
    if (!d) return 1;
    closedir(d);
    struct dirent *e = readdir(d); //~ ERROR: use-after-free
    return e != NULL;
}
