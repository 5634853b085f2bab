/* _Static_assert at file scope, in functions and in structs; _Alignas and _Alignof; alignment of locals. */
#include <stdio.h>
#include <stdalign.h>
#include <stddef.h>
#include <stdint.h>
_Static_assert(sizeof(long) == 8, "LP64");
struct S { char c; _Static_assert(1, "inside a struct"); alignas(8) int i; };
int main(void) {
    _Static_assert(sizeof(struct S) == 16, "padded to the alignas");
    alignas(32) char buf[10];
    printf("%zu %zu %zu\n", alignof(struct S), alignof(max_align_t), sizeof(struct S));
    printf("%d\n", (int)((uintptr_t)buf % 32 == 0));
    printf("%zu %zu %zu\n", _Alignof(double), _Alignof(long double), _Alignof(char[3]));
    return 0;
}
