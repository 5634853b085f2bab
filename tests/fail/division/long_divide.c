/* Division by zero in long arithmetic. */
#include <stdio.h>

int main(void) {
    long items = 1000000000000L;
    long pages = items / 1000000000000L - 1;
    long per_page = items / pages; //~ ERROR: division-by-zero
    printf("%ld\n", per_page);
    return 0;
}
