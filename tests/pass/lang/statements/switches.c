/* switch: Duff's device, cases inside nested blocks and loops, fall-through, default in the middle, no matching case. */
#include <stdio.h>
static void copy(char *to, const char *from, int count) {
    int n = (count + 7) / 8;
    switch (count % 8) {
    case 0: do { *to++ = *from++;
    case 7:      *to++ = *from++;
    case 6:      *to++ = *from++;
    case 5:      *to++ = *from++;
    case 4:      *to++ = *from++;
    case 3:      *to++ = *from++;
    case 2:      *to++ = *from++;
    case 1:      *to++ = *from++;
            } while (--n > 0);
    }
}
static int weird(int x) {
    int r = 0, i = 0; /* i is set before the jump into the loop body */
    switch (x) {
        if (0) { case 1: r = 10; }
        else { case 2: r += 20; }
        break;
    default:
        r = -1;
        for (i = 0; i < 3; i++) { case 3: r += 3; }
    }
    return r;
}
int main(void) {
    char dst[20] = { 0 };
    copy(dst, "abcdefghijklmnopq", 17);
    printf("%s\n", dst);
    for (int x = 0; x <= 4; x++) printf("%d ", weird(x));
    printf("\n");
    long big = 1L << 40;
    switch (big) { case 1L << 40: printf("long case\n"); break; default: printf("no\n"); }
    switch ('b') { case 'a': printf("a"); case 'b': printf("b"); case 'c': printf("c\n"); }
    switch (5) { case 1: printf("never\n"); }
    return 0;
}
