/* assert with true conditions does nothing; NDEBUG turns assertions off entirely. */
#include <stdio.h>
#include <assert.h>
static int calls;
static int check(void) { calls++; return 1; }
int main(void) {
    assert(1 + 1 == 2);
    assert(check());
#define NDEBUG
#include <assert.h>
    assert(0);
    assert(check());
    printf("%d\n", calls);
    return 0;
}
