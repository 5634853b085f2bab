/* __builtin_clz(0) has no defined result (gcc manual, "Other Builtins"); a
   bit-scan loop that forgets the empty case hits it on the last word. */
#include <stdio.h>

static int highest_bit(unsigned words[], int n) {
    for (int i = n - 1; i >= 0; i--) {
        if (i == 0 || words[i] != 0)
            return i * 32 + 31 - __builtin_clz(words[i]); //~ ERROR: invalid argument to `__builtin_clz`
    }
    return -1;
}

int main(void) {
    unsigned words[3] = { 0, 0, 0 };
    printf("%d\n", highest_bit(words, 3));
    return 0;
}
