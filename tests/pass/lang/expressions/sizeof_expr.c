/* sizeof does not evaluate its operand (unless it is a VLA), and works on expressions, types and literals. */
#include <stdio.h>
int main(void) {
    int i = 0;
    size_t s = sizeof(i++);
    printf("%zu %d\n", s, i);
    int arr[7];
    printf("%zu %zu %zu\n", sizeof arr / sizeof arr[0], sizeof &arr, sizeof *arr);
    printf("%zu %zu %zu\n", sizeof "hello", sizeof 1.0f, sizeof 1.0);
    printf("%zu %zu\n", sizeof(struct { char c; double d; }), sizeof(int (*)(void)));
    int *p = 0;
    printf("%zu\n", sizeof *p);
    return 0;
}
