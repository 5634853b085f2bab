/* Buffered stdout is flushed before the report: "before" reaches stdout, then the UB is reported. */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    printf("before\n");
    int *p = malloc(sizeof *p);
    free(p);
    return *p; //~ ERROR: use-after-free
}
