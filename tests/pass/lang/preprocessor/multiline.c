/* Multi-line macros with line continuations, do-while(0) statement macros, macros expanding to declarations. */
#include <stdio.h>
#define SWAP(T, a, b) do { \
    T tmp_ = (a);            \
    (a) = (b);               \
    (b) = tmp_;              \
} while (0)
#define DECLARE_PAIR(name, T) struct name { T first, second; }
#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))
#define MAX3(a, b, c) ((a) > (b) ? ((a) > (c) ? (a) : (c)) : ((b) > (c) ? (b) : (c)))
DECLARE_PAIR(ipair, int);
int main(void) {
    int x = 1, y = 2;
    if (x < y) SWAP(int, x, y); else printf("never\n");
    struct ipair p = { x, y };
    int arr[] = { 3, 1, 4, 1, 5, 9, 2, 6 };
    printf("%d %d %zu %d\n", p.first, p.second, ARRAY_LEN(arr), MAX3(arr[2], arr[5], arr[7]));
    return 0;
}
