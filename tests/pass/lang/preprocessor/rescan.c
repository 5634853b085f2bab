/* Rescanning and non-recursion (hide sets), shown by stringifying the expansions (C17 6.10.3.4). */
#include <stdio.h>
#define S(t) #t
#define XS(t) S(t)
#define x (4 + y)
#define y (2 * x)
#define f(a) a * g
#define g(a) f(a)
#define AA BB
#define BB AA
#define EMPTY
#define CALL(m) m(1)
#define ID(v) v
#define z z[0]
#define q(a) a + z
#define LPAREN (
#define APPLY(m, a) m a
int main(void) {
    printf("%s | %s\n", XS(x), XS(y));
    printf("%s\n", XS(f(2)(9)));
    printf("%s | %s\n", XS(AA), XS(BB));
    printf("%s\n", XS(CALL(ID) EMPTY));
    printf("%s\n", XS(q(q(1))));
    printf("%s\n", XS(APPLY(ID, (5))));
    return 0;
}
