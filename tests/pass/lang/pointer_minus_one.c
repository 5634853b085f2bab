/* Addresses made from small negative integers, as MAP_FAILED and SIG_ERR are:
   exact through casts, static initializers, printf and scanf %p, and ordered
   as unsigned values. Output matches gcc. */
#include <stdio.h>
#include <stdint.h>
#include <signal.h>
#include <sys/mman.h>
static void *const failed = (void *)-1;
static void *table[2] = { (void *)-1, (void *)-2 };
int main(void) {
  void *a = (void *)-1, *b = (void *)16;
  printf("%d %d %d\n", a > b, b < a, a == MAP_FAILED);
  printf("%p %p %p\n", failed, table[0], table[1]);
  uintptr_t u = (uintptr_t)table[1];
  printf("%lx %ld %d\n", (unsigned long)u, (long)table[1], table[0] > table[1]);
  void *q; sscanf("0xfffffffffffffff0", "%p", &q);
  printf("%p %d\n", q, SIG_ERR == (void (*)(int))-1);
  return 0;
}
