//@ warning: assignment to 'int *' from incompatible pointer type 'unsigned int *'
//@ warning: initialization discards 'const' qualifier from pointer target type
//@ warning: initialization of 'long' from 'char *' makes integer from pointer without a cast
/* Code gcc accepts with default warnings: they go to stderr and the program still runs. */
#include <stdio.h>
int main(void) {
    unsigned u = 7;
    int *p;
    p = &u;
    const char *msg = "hello";
    char *m = msg;
    long addr = m;
    printf("%d %c %d\n", *p, m[1], addr != 0);
    return 0;
}
