/* inline and static inline functions, _Noreturn, functions declared after use with prototypes. */
#include <stdio.h>
#include <stdlib.h>
static inline int square(int x) { return x * x; }
inline static int cube(int x) { return x * square(x); }
static int later(int);
_Noreturn static void die(const char *why) { printf("dying: %s\n", why); exit(0); }
int main(void) {
    printf("%d %d %d\n", square(5), cube(3), later(4));
    die("done");
}
static int later(int x) { return x + 1; }
