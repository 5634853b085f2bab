/* switch: Duff's device, cases inside nested blocks and loops, fall-through, default in the middle, no matching case. */
#include <stdio.h>
/* Duff's device unrolled by four, folding bytes into a hash instead of copying them. */
static unsigned hash(const unsigned char *p, int count) {
    unsigned h = 17;
    int rounds = (count + 3) / 4;
    if (count == 0) return h;
    switch (count & 3) {
    case 0: do { h = h * 31 + *p++;
    case 3:      h = h * 31 + *p++;
    case 2:      h = h * 31 + *p++;
    case 1:      h = h * 31 + *p++;
            } while (--rounds > 0);
    }
    return h;
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
    const unsigned char text[] = "abcdefghijklmnopq";
    for (int n = 0; n <= 17; n += 5) printf("%u ", hash(text, n));
    printf("\n");
    for (int x = 0; x <= 4; x++) printf("%d ", weird(x));
    printf("\n");
    long big = 1L << 40;
    switch (big) { case 1L << 40: printf("long case\n"); break; default: printf("no\n"); }
    switch ('b') { case 'a': printf("a"); case 'b': printf("b"); case 'c': printf("c\n"); }
    switch (5) { case 1: printf("never\n"); }
    return 0;
}
