/* Variadic macros: __VA_ARGS__, __VA_OPT__, GNU , ## __VA_ARGS__, named variadic parameters. */
#include <stdio.h>
#define LOG(fmt, ...) printf("[log] " fmt "\n" __VA_OPT__(,) __VA_ARGS__)
#define GNULOG(fmt, ...) printf("[gnu] " fmt "\n", ## __VA_ARGS__)
#define NAMED(fmt, args...) printf("[named] " fmt "\n", ## args)
#define COUNT(...) COUNT_(__VA_ARGS__, 5, 4, 3, 2, 1, 0)
#define COUNT_(a, b, c, d, e, n, ...) n
#define FIRST(x, ...) x
int main(void) {
    LOG("plain");
    LOG("with %d and %s", 1, "two");
    GNULOG("none");
    GNULOG("one %d", 1);
    NAMED("n %d %d", 3, 4);
    printf("%d %d %d\n", COUNT(a), COUNT(a, b, c), COUNT(a, b, c, d, e));
    printf("%d\n", FIRST(7, 8, 9));
    return 0;
}
