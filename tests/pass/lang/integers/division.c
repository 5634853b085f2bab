/* Integer division truncates towards zero; the remainder takes the sign of the dividend (C17 6.5.5p6). */
#include <stdio.h>
int main(void) {
    int ns[] = { 7, -7 }, ds[] = { 2, -2 };
    for (int i = 0; i < 2; i++) for (int j = 0; j < 2; j++) printf("%d/%d=%d %d%%%d=%d\n", ns[i], ds[j], ns[i] / ds[j], ns[i], ds[j], ns[i] % ds[j]);
    printf("%u %u\n", 7u / 2u, (unsigned)-7 / 2u);
    printf("%ld %ld\n", -9L / 4, -9L % 4);
    printf("%lld\n", (long long)-9223372036854775807LL / 2);
    return 0;
}
