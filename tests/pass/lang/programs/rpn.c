/* A reverse Polish notation evaluator over a fixed-size stack. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
static double eval(const char *expr, int *ok) {
    double st[32];
    int sp = 0;
    char buf[128];
    strncpy(buf, expr, sizeof buf - 1);
    buf[sizeof buf - 1] = '\0';
    *ok = 1;
    for (char *t = strtok(buf, " "); t; t = strtok(NULL, " ")) {
        if (isdigit((unsigned char)t[0]) || (t[0] == '-' && t[1])) { st[sp++] = strtod(t, NULL); continue; }
        if (sp < 2) { *ok = 0; return 0; }
        double b = st[--sp], a = st[--sp];
        switch (t[0]) {
        case '+': st[sp++] = a + b; break;
        case '-': st[sp++] = a - b; break;
        case '*': st[sp++] = a * b; break;
        case '/': st[sp++] = a / b; break;
        default: *ok = 0; return 0;
        }
    }
    if (sp != 1) *ok = 0;
    return sp ? st[sp - 1] : 0;
}
int main(void) {
    const char *exprs[] = { "3 4 + 2 *", "5 1 2 + 4 * + 3 -", "2 -3 *", "1 +", "10 4 /" };
    for (int i = 0; i < 5; i++) {
        int ok;
        double v = eval(exprs[i], &ok);
        if (ok) printf("%s = %g\n", exprs[i], v); else printf("%s: error\n", exprs[i]);
    }
    return 0;
}
