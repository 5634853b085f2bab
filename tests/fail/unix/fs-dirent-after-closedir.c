/* The struct dirent readdir returned belongs to the stream: closedir frees it. */
#include <dirent.h>
#include <stdio.h>

int main(void) {
    DIR *d = opendir(".");
    if (!d) return 1;
    struct dirent *e = readdir(d);
    closedir(d);
    printf("%s\n", e->d_name); //~ ERROR: use-after-free
    return 0;
}
