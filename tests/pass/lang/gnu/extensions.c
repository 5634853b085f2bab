/* GNU extensions: ?: with the middle omitted, typeof, statement expressions, case ranges, zero-length arrays, range designators. */
#include <stdio.h>
#include <string.h>
struct pt { int x, y; };
static int calls;
static int next(void) { return ++calls; }
static const char *kind(int c) {
  switch (c) {
  case '0' ... '9': return "digit";
  case 'a' ... 'z': case 'A' ... 'Z': return "letter";
  default: return "other";
  }
}
struct z { int n; int data[0]; };
int main(void) {
  int a = next() ?: 42;
  int b = 0 ?: next();
  printf("%d %d %d\n", a, b, calls);
  __typeof__(a) c = 3;
  typeof(struct pt) p = { 1, 2 };
  __auto_type d = p.x + 0.5;
  printf("%d %d %.1f %zu\n", c, p.y, d, sizeof(d));
  struct pt q = ({ struct pt t = p; t.x += 10; t; });
  printf("%d %d\n", q.x, q.y);
  int total = 0;
  for (int i = 0; i < 10; i++) total += ({ int sq = i * i; if (sq > 50) break; sq; });
  printf("%d\n", total);
  printf("%s %s %s %s\n", kind('5'), kind('q'), kind('Q'), kind('#'));
  printf("%zu\n", sizeof(struct z));
  __extension__ long long big = 1LL << 40;
  printf("%lld\n", big);
  int arr[] = { [0 ... 3] = 7, [5] = 1 };
  printf("%zu %d %d %d\n", sizeof arr / sizeof arr[0], arr[2], arr[4], arr[5]);
  printf("%d\n", __builtin_types_compatible_p(int, const int) + 2 * __builtin_types_compatible_p(int, long));
  return 0;
}
