/* Recursion, mutual recursion, function pointers in arrays and structs, callbacks, structs passed and returned by value. */
#include <stdio.h>
struct big { int a[8]; double d; };
static struct big make(int base) { struct big b; for (int i = 0; i < 8; i++) b.a[i] = base + i; b.d = base / 2.0; return b; }
static int total(struct big b) { int s = 0; for (int i = 0; i < 8; i++) s += b.a[i]; b.a[0] = -1000; return s; }
static int is_even(unsigned n);
static int is_odd(unsigned n) { return n == 0 ? 0 : is_even(n - 1); }
static int is_even(unsigned n) { return n == 0 ? 1 : is_odd(n - 1); }
static long ack(long m, long n) { return m == 0 ? n + 1 : n == 0 ? ack(m - 1, 1) : ack(m - 1, ack(m, n - 1)); }
static int apply(int (*f)(int, int), int x, int y) { return f(x, y); }
static int add(int a, int b) { return a + b; }
static int mul(int a, int b) { return a * b; }
struct ops { const char *name; int (*fn)(int, int); };
int main(void) {
    struct big b = make(10);
    printf("%d %d %.1f\n", total(b), b.a[0], make(3).d);
    printf("%d %d\n", is_even(10), is_odd(7));
    printf("%ld\n", ack(2, 3));
    struct ops table[] = { { "add", add }, { "mul", mul } };
    for (int i = 0; i < 2; i++) printf("%s=%d ", table[i].name, apply(table[i].fn, 6, 7));
    printf("\n");
    int (*fp)(int, int) = &add;
    printf("%d %d\n", (*fp)(1, 2), fp(3, 4));
    return 0;
}
