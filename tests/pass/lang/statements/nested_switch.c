/* Switches nested in switches and loops, break leaving only the innermost, continue in a switch inside a loop. */
#include <stdio.h>
int main(void) {
    int out = 0;
    for (int i = 0; i < 6; i++) {
        switch (i % 3) {
        case 0:
            switch (i) { case 0: out += 1; break; default: out += 10; }
            break;
        case 1:
            if (i > 3) continue;
            out += 100;
            break;
        default:
            out += 1000;
        }
        out += 10000;
    }
    printf("%d\n", out);
    char kinds[8] = { 0 };
    const char *s = "a1 b2?";
    for (int i = 0; s[i]; i++) {
        switch (s[i]) {
        case 'a': case 'b': kinds[i] = 'L'; break;
        case '0': case '1': case '2': kinds[i] = 'D'; break;
        case ' ': kinds[i] = '_'; break;
        default: kinds[i] = '?';
        }
    }
    printf("%s\n", kinds);
    return 0;
}
