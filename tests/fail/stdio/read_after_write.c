/* On an update stream, output must not be followed by input without fflush or a seek (C17 7.21.5.3p7). */
#include <stdio.h>

int main(void) {
    FILE *f = tmpfile();
    if (!f) return 1;
    fputs("header\n", f);
    int c = fgetc(f); //~ ERROR: without an intervening fflush
    fclose(f);
    return c;
}
