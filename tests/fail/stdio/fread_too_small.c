/* fread is asked for 4 ints but the buffer holds 2. */
#include <stdio.h>

int main(void) {
    FILE *f = tmpfile();
    fwrite("0123456789abcdef", 1, 16, f);
    rewind(f);
    int buf[2];
    size_t n = fread(buf, sizeof(int), 4, f); //~ ERROR: out-of-bounds
    printf("%zu\n", n);
    fclose(f);
    return 0;
}
