/* %s given an int on a file stream: the format is checked before anything is written. */
#include <stdio.h>

int main(void) {
    FILE *f = fopen("fprintf_mismatch.txt", "w");
    if (!f) return 1;
    int count = 3;
    fprintf(f, "items: %s\n", count); //~ ERROR: format-mismatch
    fclose(f);
    return 0;
}
