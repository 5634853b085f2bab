/* && and || evaluate their right operand only when needed, ?: evaluates
   exactly one branch, and each is a sequence point (C17 6.5.13-15). */
#include <stdio.h>
#include <stddef.h>

static int calls;
static int trace(int v) {
    calls++;
    printf("[%d]", v);
    return v;
}

struct item { int valid; int value; };

static int safe_value(const struct item *it) {
    /* The && guards the dereference: it is never reached for NULL. */
    return it != NULL && it->valid ? it->value : -1;
}

int main(void) {
    int r1 = trace(0) && trace(1);
    printf(" r1=%d\n", r1);
    int r2 = trace(2) || trace(3);
    printf(" r2=%d\n", r2);
    int r3 = trace(4) && trace(0) && trace(5);
    printf(" r3=%d\n", r3);
    int r4 = trace(0) || trace(0) || trace(6);
    printf(" r4=%d\n", r4);
    int r5 = trace(1) ? trace(10) : trace(20);
    printf(" r5=%d calls=%d\n", r5, calls);

    struct item good = { 1, 99 }, bad = { 0, 5 };
    printf("safe: %d %d %d\n", safe_value(&good), safe_value(&bad), safe_value(NULL));

    int i = 0;
    int seq = (i++ > 0) || (i++ > 0) || (i++ > 0);
    printf("seq=%d i=%d\n", seq, i);

    int a = 5, b = 0;
    int guarded = b != 0 && a / b > 1; /* no division by zero */
    printf("guarded=%d\n", guarded);
    int nested = a > 3 ? b > 0 ? 1 : 2 : 3;
    printf("nested=%d\n", nested);
    printf("!!7=%d !0=%d\n", !!7, !0);
    return 0;
}
