/* stdlib: abs/labs/div, strtol with bases and end pointers, atoi/atol, rand with a seed (glibc's sequence), getenv of a missing name. */
#include <stdio.h>
#include <stdlib.h>
int main(void) {
    printf("%d %ld %lld\n", abs(-5), labs(-7L), llabs(-9LL));
    div_t d = div(17, 5);
    ldiv_t ld = ldiv(-17L, 5L);
    printf("%d %d %ld %ld\n", d.quot, d.rem, ld.quot, ld.rem);
    char *end;
    long v = strtol("0x1fZ", &end, 16);
    printf("%ld %s\n", v, end);
    printf("%ld %ld %ld\n", strtol("0755", NULL, 0), strtol("0x10", NULL, 0), strtol("  -12", NULL, 10));
    printf("%lu %lld\n", strtoul("4294967295", NULL, 10), strtoll("-9223372036854775807", NULL, 10));
    printf("%d %ld\n", atoi("123abc"), atol("-456"));
    srand(1);
    int r1 = rand(), r2 = rand();
    printf("%d %d\n", r1, r2);
    printf("%d\n", getenv("CIRI_SURELY_NOT_SET") == NULL);
    return 0;
}
