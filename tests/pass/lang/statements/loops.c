/* Loops with complex conditions, empty bodies, comma expressions, declarations in for. */
#include <stdio.h>
int main(void) {
    int i, j;
    for (i = 0, j = 10; i < j; i++, j--) ;
    printf("%d %d\n", i, j);
    int n = 0;
    while (n < 100 && (n * n < 50 || n % 7 != 0)) n++;
    printf("%d\n", n);
    unsigned u = 5;
    while (u--) printf("%u", u);
    printf("\n");
    int fib[10] = { 0, 1 };
    for (int k = 2; k < 10; k++) fib[k] = fib[k - 1] + fib[k - 2];
    printf("%d\n", fib[9]);
    for (int a = 0, b = 1; a < 5; a++, b *= 2) if (a == 4) printf("%d\n", b);
    char s[] = "reverse";
    for (char *l = s, *r = s + sizeof s - 2; l < r; l++, r--) { char t = *l; *l = *r; *r = t; }
    printf("%s\n", s);
    return 0;
}
