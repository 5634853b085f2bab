/* Bit, overflow, floating-classification and atomic builtins, checked against gcc. */
#include <stdio.h>
#include <limits.h>
#include <stdint.h>
#define MAX(a,b) ({ __typeof__(a) _a = (a); __typeof__(b) _b = (b); _a > _b ? _a : _b; })
struct S { int a; struct { int b[4]; } in; };
int main(void) {
  printf("%d %d %d %d\n", __builtin_clz(1), __builtin_ctz(8), __builtin_popcount(0xff), __builtin_parity(7));
  printf("%d %d %d %d\n", __builtin_clzll(1ULL), __builtin_ctzl(1UL << 40), __builtin_popcountll(~0ULL), __builtin_ffs(0));
  printf("%d %d %d\n", __builtin_ffs(12), __builtin_clrsb(-1), __builtin_clrsb(1));
  printf("%x %x %llx\n", __builtin_bswap16(0x1234), __builtin_bswap32(0x12345678u), (unsigned long long)__builtin_bswap64(0x0102030405060708ULL));
  int r; short sr; unsigned ur; long long lr;
  int o;
  o = __builtin_add_overflow(INT_MAX, 1, &r); printf("%d %d\n", o, r);
  o = __builtin_add_overflow(30000, 30000u, &sr); printf("%d %d\n", o, sr);
  o = __builtin_sub_overflow(0, 1, &ur); printf("%d %u\n", o, ur);
  o = __builtin_mul_overflow(INT64_MAX, 2, &lr); printf("%d %lld\n", o, lr);
  o = __builtin_add_overflow(-5, 3u, &r); printf("%d %d\n", o, r);
  o = __builtin_uaddll_overflow(~0ULL, 1ULL, (unsigned long long *)&lr); printf("%d %lld\n", o, lr);
  printf("%d %d\n", __builtin_mul_overflow_p(1000, 1000, (short)0), __builtin_smul_overflow(3, 4, &r));
  printf("%d %d\n", __builtin_constant_p(3 * 4), __builtin_constant_p(r));
  printf("%d\n", __builtin_choose_expr(1, 10, 20.0));
  printf("%zu %zu\n", __builtin_offsetof(struct S, in.b[2]), __builtin_offsetof(struct S, in));
  printf("%d\n", MAX(3, 7));
  double nan = __builtin_nan(""), inf = __builtin_inf();
  float sub = 1e-40f;
  printf("%d %d %d %d %d\n", __builtin_isnan(nan), __builtin_isinf(-inf), __builtin_isinf_sign(-inf), __builtin_isnormal(sub), __builtin_signbit(-0.0f));
  printf("%d %d\n", __builtin_fpclassify(0, 1, 2, 3, 4, sub), __builtin_fpclassify(0, 1, 2, 3, 4, (double)sub));
  printf("%d %d %d\n", __builtin_isgreater(1.0, nan), __builtin_isunordered(1.0, nan), __builtin_islessgreater(1.0, 2.0));
  int v = 5;
  int a1 = __atomic_fetch_add(&v, 3, 5); int a2 = __atomic_add_fetch(&v, 1, 5); int a3 = __atomic_load_n(&v, 5);
  printf("%d %d %d\n", a1, a2, a3);
  int exp = 9;
  o = __atomic_compare_exchange_n(&v, &exp, 1, 0, 5, 5); printf("%d %d %d\n", o, v, exp);
  o = __atomic_compare_exchange_n(&v, &exp, 1, 0, 5, 5); printf("%d %d %d\n", o, v, exp);
  a1 = __sync_bool_compare_and_swap(&v, 1, 2); a2 = __sync_val_compare_and_swap(&v, 2, 7); printf("%d %d %d\n", a1, a2, v);
  a1 = __sync_fetch_and_sub(&v, 1); printf("%d %d\n", a1, v);
  unsigned char uc = 0xf0; a1 = __atomic_fetch_or(&uc, 0x0f, 5); a2 = uc; a3 = __atomic_exchange_n(&uc, 3, 5); printf("%d %d %d %d\n", a1, a2, a3, uc);
  int *p = &v, *q = 0;
  __atomic_store_n(&q, p, 5);
  printf("%d\n", *__atomic_load_n(&q, 5));
  static const double dd = __builtin_huge_val();
  printf("%f %d\n", dd, (int)__builtin_expect(v == 6, 1));
  return 0;
}
