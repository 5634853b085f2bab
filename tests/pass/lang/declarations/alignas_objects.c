//@ seed: 5
/* _Alignas and aligned(N) on objects of every storage: globals, statics, locals (checked under a seed where natural placement would not align them). */
#include <stdio.h>
#include <stdint.h>
static _Alignas(64) char g[3];
int h __attribute__((aligned(32)));
int main(void){ _Alignas(16) int x = 1; char y __attribute__((aligned(128))) = 2; static _Alignas(256) short z; printf("%d %d %d %d %d\n", (int)((uintptr_t)g % 64), (int)((uintptr_t)&h % 32), (int)((uintptr_t)&x % 16), (int)((uintptr_t)&y % 128), (int)((uintptr_t)&z % 256)); return x + y - 3 + z; }
