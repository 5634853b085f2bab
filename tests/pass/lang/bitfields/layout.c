/* Record layout with bit-fields, zero-width and unnamed fields, packed and aligned members, as gcc lays them out on x86-64. */
#include <stdio.h>
#include <stddef.h>
struct A { char c; int x:4; int y:7; };
struct B { unsigned a:3; unsigned :0; unsigned b:5; };
struct C { char a; int :0; char b; };
struct D { char a; int :4; char b; };
struct E { long x:40; long y:30; };
struct F { char c; long l:3; };
union U { int a:3; char b; long c:33; };
struct G { unsigned char a:4, b:4, c:4; };
struct H { short s:9; short t:9; };
struct __attribute__((packed)) P { char c; int x:31; int y:3; };
struct Q { char c; _Alignas(16) int x; };
struct R { char c; int x __attribute__((aligned(8))); };
struct S2 { char c; int x __attribute__((packed)); };
struct T { _Bool a:1; _Bool b:1; int c; };
struct V { long long a:1; char b; };
struct W { char a; long long b:60; };
#define SHOW(T) printf(#T " size %zu align %zu\n", sizeof(struct T), _Alignof(struct T))
int main(void) {
  SHOW(A); SHOW(B); SHOW(C); SHOW(D); SHOW(E); SHOW(F); printf("U %zu %zu\n", sizeof(union U), _Alignof(union U));
  SHOW(G); SHOW(H); SHOW(P); SHOW(Q); SHOW(R); SHOW(S2); SHOW(T); SHOW(V); SHOW(W);
  printf("%zu %zu %zu\n", offsetof(struct Q, x), offsetof(struct R, x), offsetof(struct S2, x));
  printf("%zu %zu\n", offsetof(struct T, c), offsetof(struct V, b));
  return 0;
}
