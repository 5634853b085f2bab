/* Reading through a null pointer. */
#include <stdio.h>
#include <stddef.h>

int main(void) {
    int *p = NULL;
    int v = *p; //~ ERROR: null-dereference
    printf("%d\n", v);
    return 0;
}
