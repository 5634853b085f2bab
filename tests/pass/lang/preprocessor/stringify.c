/* # and ## operators, including the examples of C17 6.10.3.5. */
#include <stdio.h>
#define str(s) # s
#define xstr(s) str(s)
#define INCFILE(n) vers ## n
#define glue(a, b) a ## b
#define xglue(a, b) glue(a, b)
#define HIGHLOW "hello"
#define LOW LOW ", world"
#define hash_hash # ## #
#define mkstr(a) # a
#define in_between(a) mkstr(a)
#define join(c, d) in_between(c hash_hash d)
#define t(x, y, z) x ## y ## z
int main(void) {
    printf("%s\n", xstr(INCFILE(2).h));
    printf("%s\n", glue(HIGH, LOW));
    printf("%s\n", xglue(HIGH, LOW));
    printf("%s\n", join(x, y));
    int j[] = { t(1,2,3), t(,4,5), t(6,,7), t(8,9,), t(10,,), t(,11,), t(,,12), t(,,) };
    for (unsigned i = 0; i < sizeof j / sizeof j[0]; i++) printf("%d ", j[i]);
    printf("\n%s\n", str( spaces   between   words ));
    printf("%s\n", str("quoted" and \n));
    printf("%s\n", str('\''));
    return 0;
}
