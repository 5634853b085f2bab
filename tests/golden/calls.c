/* Direct and indirect calls, recursion, a variadic libc call and default argument promotions. */
#include <stdio.h>
typedef int (*binop)(int, int);
static int mul(int a, int b) { return a * b; }
static int fact(int n) { return n <= 1 ? 1 : n * fact(n - 1); }
int apply(binop f, int a, int b) { return f(a, b); }
int main(void) {
  float half = 0.5f;
  char c = 'x';
  printf("%d %f %c\n", apply(mul, fact(3), 7), half, c);
  return 0;
}
