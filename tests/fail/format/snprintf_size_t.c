/* %d used for a size_t (a 64-bit unsigned long on this target). */
#include <stdio.h>
#include <string.h>

int main(void) {
    char buf[32];
    const char *word = "ciri";
    snprintf(buf, sizeof buf, "len=%d", strlen(word)); //~ ERROR: format-mismatch
    puts(buf);
    return 0;
}
