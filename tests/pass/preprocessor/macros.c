/* The preprocessor: object-like and function-like macros, parenthesised
   arguments, stringizing (#), token pasting (##), multi-line macros with
   do/while(0), conditional compilation, #undef, and __LINE__. */
#include <stdio.h>

#define SIZE 4
#define SQUARE(x) ((x) * (x))
#define BAD_SQUARE(x) x * x
#define MAX(a, b) ((a) > (b) ? (a) : (b))
#define STR(x) #x
#define XSTR(x) STR(x)
#define CONCAT(a, b) a##b
#define MAKE_GETTER(field) static int get_##field(const struct point *p) { return p->field; }
#define SWAP(type, a, b) \
    do {                 \
        type tmp_ = (a); \
        (a) = (b);       \
        (b) = tmp_;      \
    } while (0)
#define VERSION_MAJOR 2
#define VERSION_MINOR 7

struct point { int x, y; };
MAKE_GETTER(x)
MAKE_GETTER(y)

#if VERSION_MAJOR > 1 && defined(SIZE)
#define FEATURE "new"
#elif VERSION_MAJOR == 1
#define FEATURE "old"
#else
#define FEATURE "none"
#endif

#ifdef NOT_DEFINED_ANYWHERE
#error this must not be compiled
#endif

#ifndef DEBUG
#define LOG(msg) ((void)0)
#else
#define LOG(msg) puts(msg)
#endif

int main(void) {
    int arr[SIZE] = { 1, 2, 3, 4 };
    printf("SIZE=%d sizeof arr=%zu\n", SIZE, sizeof arr);
    printf("SQUARE(1+2)=%d BAD_SQUARE(1+2)=%d\n", SQUARE(1 + 2), BAD_SQUARE(1 + 2));
    printf("MAX(3,7)=%d MAX(-1,-5)=%d\n", MAX(3, 7), MAX(-1, -5));
    printf("STR(a + b)=%s XSTR(SIZE)=%s STR(SIZE)=%s\n", STR(a + b), XSTR(SIZE), STR(SIZE));
    int CONCAT(my, var) = 99;
    printf("myvar=%d\n", myvar);
    struct point p = { 5, 6 };
    printf("get_x=%d get_y=%d\n", get_x(&p), get_y(&p));
    int a = 1, b = 2;
    if (a < b)
        SWAP(int, a, b);
    else
        puts("not reached");
    printf("after swap a=%d b=%d\n", a, b);
    printf("feature=%s version=" XSTR(VERSION_MAJOR) "." XSTR(VERSION_MINOR) "\n", FEATURE);
    LOG("debug only");
#undef SIZE
#define SIZE 10
    printf("SIZE now %d\n", SIZE);
    printf("line %d\n", __LINE__);
#if 0
    this is not C and is skipped;
#endif
#if defined(__STDC__) && __STDC__
    printf("__STDC__ is 1\n");
#endif
#if (3 * 4 == 12) && !(1 - 1)
    printf("#if arithmetic ok\n");
#endif
    return 0;
}
