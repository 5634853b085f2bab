/* Statement expressions in macros that evaluate their arguments once, with declarations, loops and early values. */
#include <stdio.h>
#define MAX(a, b) ({ __typeof__(a) a_ = (a); __typeof__(b) b_ = (b); a_ > b_ ? a_ : b_; })
#define SUM_TO(n) ({ int s_ = 0; for (int i_ = 1; i_ <= (n); i_++) s_ += i_; s_; })
static int calls;
static int next(void) { return ++calls; }
int main(void) {
    int m = MAX(next(), next());
    printf("%d %d\n", m, calls);
    printf("%d\n", SUM_TO(10));
    double d = MAX(2.5, 1);
    printf("%.1f\n", d);
    int v = ({ int t = 3; t *= t; t + 1; });
    printf("%d\n", v);
    return 0;
}
