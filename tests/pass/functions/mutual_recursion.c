/* Mutual recursion (even/odd), the Ackermann function for small arguments,
   Towers of Hanoi, and memoised Fibonacci with a static table. */
#include <stdio.h>

static int is_odd(unsigned n);
static int is_even(unsigned n) { return n == 0 ? 1 : is_odd(n - 1); }
static int is_odd(unsigned n) { return n == 0 ? 0 : is_even(n - 1); }

static int ackermann(int m, int n) {
    if (m == 0)
        return n + 1;
    if (n == 0)
        return ackermann(m - 1, 1);
    return ackermann(m - 1, ackermann(m, n - 1));
}

static int moves;
static void hanoi(int n, char from, char to, char via) {
    if (n == 0)
        return;
    hanoi(n - 1, from, via, to);
    moves++;
    if (n == 4)
        printf("move disk 4 %c->%c\n", from, to);
    hanoi(n - 1, via, to, from);
}

static long long fib(int n) {
    static long long memo[91];
    if (n < 2)
        return n;
    if (memo[n] == 0)
        memo[n] = fib(n - 1) + fib(n - 2);
    return memo[n];
}

int main(void) {
    printf("is_even(1000)=%d is_odd(777)=%d is_even(3)=%d\n", is_even(1000), is_odd(777), is_even(3));
    printf("ackermann(2,3)=%d ackermann(3,3)=%d\n", ackermann(2, 3), ackermann(3, 3));
    hanoi(6, 'A', 'C', 'B');
    printf("hanoi(6) moves=%d\n", moves);
    printf("fib(50)=%lld fib(90)=%lld\n", fib(50), fib(90));
    return 0;
}
