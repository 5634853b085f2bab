/* Number theory helpers: gcd/lcm, modular exponentiation, Collatz lengths, perfect numbers, binary search. */
#include <stdio.h>
#include <stdint.h>
static uint64_t gcd(uint64_t a, uint64_t b) { while (b) { uint64_t t = a % b; a = b; b = t; } return a; }
static uint64_t powmod(uint64_t b, uint64_t e, uint64_t m) { uint64_t r = 1; b %= m; while (e) { if (e & 1) r = r * b % m; b = b * b % m; e >>= 1; } return r; }
static int collatz(uint64_t n) { int steps = 0; while (n != 1) { n = n % 2 ? 3 * n + 1 : n / 2; steps++; } return steps; }
static int find(const int *a, int n, int key) {
    int lo = 0, hi = n - 1;
    while (lo <= hi) { int mid = lo + (hi - lo) / 2; if (a[mid] == key) return mid; if (a[mid] < key) lo = mid + 1; else hi = mid - 1; }
    return -1;
}
int main(void) {
    printf("%llu %llu\n", (unsigned long long)gcd(1071, 462), (unsigned long long)(1071 / gcd(1071, 462) * 462));
    printf("%llu\n", (unsigned long long)powmod(2, 1000, 1000000007));
    int best = 0, arg = 0;
    for (int i = 1; i < 1000; i++) { int c = collatz((uint64_t)i); if (c > best) { best = c; arg = i; } }
    printf("%d %d\n", arg, best);
    for (int n = 2; n < 10000; n++) { int s = 1; for (int d = 2; d * d <= n; d++) if (n % d == 0) s += d + (d * d != n ? n / d : 0); if (s == n) printf("%d ", n); }
    int sorted[] = { 1, 3, 5, 7, 9, 11, 13 };
    printf("\n%d %d\n", find(sorted, 7, 9), find(sorted, 7, 4));
    return 0;
}
