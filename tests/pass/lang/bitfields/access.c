/* Bit-fields: initializers, truncation on store, promotion to int, signed fields, compound assignment, static images, unions, copies. */
#include <stdio.h>
#include <string.h>
struct flags { unsigned ready:1, mode:3; int delta:5; unsigned long big:40; _Bool on:1; };
struct hdr { unsigned char version:4, ihl:4; unsigned short tos:6, ecn:2; };
union u { struct { unsigned lo:16, hi:16; } parts; unsigned whole; };
static struct flags g = { 1, 5, -7, 0x123456789aUL, 1 };
struct small { signed char s:3; unsigned char u:3; };
int main(void) {
  struct flags f = { .mode = 6, .delta = 15 };
  printf("%u %u %d %lu %d\n", f.ready, f.mode, f.delta, f.big, f.on);
  f.delta = 16;            /* truncates: -16 */
  f.mode += 3;             /* 9 -> 1 */
  f.ready++;
  f.big = ~0UL;
  printf("%u %u %d %lx %d\n", f.ready, f.mode, f.delta, f.big, f.mode - 5 < 0);
  int r = (f.delta = 100);
  printf("%d %d\n", r, f.delta);
  printf("%u %u %d %lx %d\n", g.ready, g.mode, g.delta, g.big, g.on);
  struct hdr h; memset(&h, 0, sizeof h); h.version = 4; h.ihl = 5; h.tos = 46; h.ecn = 1;
  unsigned char raw[sizeof h]; memcpy(raw, &h, sizeof h);
  printf("%zu %02x %02x\n", sizeof h, raw[0], raw[1]);
  union u x; x.whole = 0xdeadbeef;
  printf("%x %x\n", x.parts.lo, x.parts.hi);
  x.parts.hi = 0x1234;
  printf("%x\n", x.whole);
  struct small sm = { -4, 7 };
  sm.s--; sm.u++;
  printf("%d %d\n", sm.s, sm.u);
  struct flags copy = g;
  printf("%d %lx\n", copy.delta, (unsigned long)copy.big);
  struct flags arr[3] = { [1].mode = 2 };
  for (int i = 0; i < 3; i++) arr[i].delta = i - 2;
  printf("%d %d %d %u\n", arr[0].delta, arr[1].delta, arr[2].delta, arr[1].mode);
  return 0;
}
