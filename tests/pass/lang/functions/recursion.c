/* Deep recursion (100 000 frames) runs: ciri moves frames to the heap past its JS depth limit. */
#include <stdio.h>
static long depth(long n) { return n == 0 ? 0 : 1 + depth(n - 1); }
static unsigned long fib(unsigned n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
int main(void) {
    printf("%ld\n", depth(100000));
    printf("%lu\n", fib(20));
    return 0;
}
