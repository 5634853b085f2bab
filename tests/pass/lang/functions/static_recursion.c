/* Static locals shared across recursive calls, and a memoized Fibonacci with a static table. */
#include <stdio.h>
static int depth_max(int n) {
    static int deepest;
    static int current;
    current++;
    if (current > deepest) deepest = current;
    if (n > 0) depth_max(n - 1);
    current--;
    return deepest;
}
static unsigned long long fib(int n) {
    static unsigned long long memo[94];
    if (n < 2) return (unsigned long long)n;
    if (memo[n]) return memo[n];
    return memo[n] = fib(n - 1) + fib(n - 2);
}
int main(void) {
    int first = depth_max(10);
    int second = depth_max(3);
    printf("%d %d\n", first, second);
    printf("%llu %llu\n", fib(50), fib(93));
    return 0;
}
